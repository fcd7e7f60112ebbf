package main // want package:"emits zap" package:"installers"

// zap.L() returns the global logger as it is at the call: taken before
// ReplaceGlobals, it stays the no-op logger. The install uses a local
// of main: no fix moves it.

import "go.uber.org/zap"

func main() { // want main:"installs zap"
	log := zap.L() // want `^zap.L is called before main installs a zap global logger: what it returns stays a no-op$`
	logger := zap.NewExample()
	zap.ReplaceGlobals(logger)
	log.Info("starting")
}
