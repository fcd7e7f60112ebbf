package main // want package:"emits zap" package:"installers"

// An init function runs before main can replace zap's globals.

import "go.uber.org/zap"

var logger *zap.Logger

func init() {
	logger = zap.L() // want `^zap.L is called in init, which runs before main can install a zap global logger: what it returns stays a no-op$`
}

func main() { // want main:"installs zap"
	zap.ReplaceGlobals(zap.NewExample())
	logger.Info("starting")
}
