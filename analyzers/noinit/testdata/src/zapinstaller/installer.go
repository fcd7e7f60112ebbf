package zapinstaller // want package:"installers"

// Package zapinstaller replaces zap's globals for main packages.

import "go.uber.org/zap"

func Setup(development bool) { // want Setup:"installs zap"
	logger := zap.NewExample()
	zap.ReplaceGlobals(logger)
}
