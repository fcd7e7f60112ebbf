// Package logrctrl hands out logr loggers, as controller-runtime's
// ctrl.LoggerFrom does.
package logrctrl

import (
	"context"

	"github.com/go-logr/logr"
)

func LoggerFrom(ctx context.Context) logr.Logger { return logr.FromContextOrDiscard(ctx) }
