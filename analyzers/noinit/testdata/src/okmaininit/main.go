package main // want package:"emits tracing" package:"installs tracing"

// main's own init installs.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

var ctx = context.Background()

func init() {
	tracing.Init()
	tracing.Info(ctx, "installed first")
}

func init() { tracing.Info(ctx, "a later init") }

func main() { tracing.Info(ctx, "starting") }
