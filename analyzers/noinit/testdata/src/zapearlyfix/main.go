package main // want package:"emits zap" package:"installers"

// An event through zap.L() before a plain call that installs: the fix
// moves the install up.

import "go.uber.org/zap"

func main() { // want main:"installs zap"
	zap.L().Info("starting") // want `^zap.L\(\).Info emits an event before main installs a zap global logger: the event is lost$`
	setupLogging()
	zap.L().Info("started")
}

func setupLogging() { zap.ReplaceGlobals(zap.NewExample()) } // want setupLogging:"installs zap"
