// Package logrfrom logs through a logr.Logger that another package
// hands out, in a file that never imports logr: the logger is known by
// its type.
package logrfrom

import (
	"context"
	"fmt"

	"logrctrl"
)

func reconcile(ctx context.Context, name string, err error) {
	log := logrctrl.LoggerFrom(ctx)
	log.Info(fmt.Sprintf("reconciling %s", name))                    // want `name is formatted into the message`
	logrctrl.LoggerFrom(ctx).Error(err, "failed to reconcile "+name) // want `name is formatted into the message`
	log.Info("reconciling", "name", name)
}
