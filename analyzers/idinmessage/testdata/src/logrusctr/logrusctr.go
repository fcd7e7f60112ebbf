// Package logrusctr hands out a *logrus.Entry, as containerd's log.G does.
package logrusctr

import (
	"context"

	"github.com/sirupsen/logrus"
)

func G(ctx context.Context) *logrus.Entry { return logrus.NewEntry(logrus.StandardLogger()) }
