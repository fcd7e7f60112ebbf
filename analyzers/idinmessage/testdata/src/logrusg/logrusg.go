// Package logrusg logs through another package's *logrus.Entry, in a
// file that never imports logrus: the entry is known by its type. A fix
// of several fields imports logrus for its Fields.
package logrusg

import (
	"context"
	"fmt"

	"logrusctr"
)

func handle(ctx context.Context, id string, n int) {
	logrusctr.G(ctx).Info("container ", id, " started")                          // want `id is formatted into the message`
	logrusctr.G(ctx).Warn(fmt.Sprintf("container %s restarted %d times", id, n)) // want `id and n are formatted into the message`
	logrusctr.G(ctx).WithField("id", id).Info("container started")
}
