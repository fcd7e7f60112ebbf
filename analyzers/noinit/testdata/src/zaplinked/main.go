package main // want package:"emits tracing, zap" package:"installers"

// A program that links installers of zap's globals and of the tracing
// subscriber without calling them from main. zap's globals are the
// program's own to set, wherever it chooses to: not reported. The
// tracing runtime's subscriber is installed by main: reported, as
// always.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
	"go.uber.org/zap"
	"installer"
	"zapinstaller"
)

// setup is called by nothing that noinit sees (a plugin, reflection).
func setup() { // want setup:"installs tracing, zap"
	zapinstaller.Setup(false)
	installer.Setup()
}

func main() { // want `events from this program go nowhere: main never installs a tracing subscriber`
	zap.L().Info("starting")
	tracing.Info(context.Background(), "starting")
}
