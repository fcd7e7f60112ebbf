package main // want package:"emits tracing, zap" package:"installers"

// main installs the tracing subscriber but never replaces zap's
// globals, through which it also logs: reported for zap only.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
	"go.uber.org/zap"
)

func main() { // want main:"installs tracing" `main never installs a zap global logger`
	tracing.Init()
	tracing.Info(context.Background(), "starting")
	zap.L().Info("starting")
}
