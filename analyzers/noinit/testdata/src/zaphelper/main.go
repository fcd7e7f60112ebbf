package main // want package:"emits zap" package:"installers"

// main replaces zap's globals through a function of another package.

import (
	"go.uber.org/zap"
	"zapinstaller"
)

func main() { // want main:"installs zap"
	zapinstaller.Setup(true)
	zap.S().Info("starting")
}
