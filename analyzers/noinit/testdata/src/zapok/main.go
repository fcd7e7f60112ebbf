package main // want package:"emits zap" package:"installers"

// main replaces zap's globals before logging through them.

import "go.uber.org/zap"

func main() { // want main:"installs zap"
	logger := zap.NewExample()
	undo := zap.ReplaceGlobals(logger)
	defer undo()
	zap.L().Info("starting")
	zap.S().Info("started")
}
