package main // want package:"emits tracing" package:"installs tracing"

// An imported package installs in its init: before main runs.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
	_ "initinstaller"
)

func init() { tracing.Info(context.Background(), "init, after initinstaller's init") }

func main() { tracing.Info(context.Background(), "starting") }
