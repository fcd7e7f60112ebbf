package initinstaller // want package:"installs tracing"

// Package initinstaller installs in its init: importing it installs.

import "github.com/tracelint/tracelint/tracing"

func init() { tracing.Init() }
