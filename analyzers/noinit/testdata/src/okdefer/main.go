package main // want package:"emits tracing" package:"installers"

// Deferred events and stored handlers run after the installation.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	ctx := context.Background()
	defer tracing.Info(ctx, "bye")
	handler := func() { tracing.Info(ctx, "request") }
	register(handler)
	tracing.Init()
	handler()
}

func register(func()) {}
