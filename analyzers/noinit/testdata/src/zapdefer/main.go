package main // want package:"emits zap" package:"installers"

// defer zap.ReplaceGlobals(logger)() replaces the globals on the spot
// (the deferred call only restores them), and defer zap.L().Sync()
// after it takes the new logger.

import "go.uber.org/zap"

func main() { // want main:"installs zap"
	logger := zap.NewExample()
	defer zap.ReplaceGlobals(logger)()
	defer zap.L().Sync()
	zap.L().Info("starting")
}
