package main // want package:"emits tracing" package:"installers"

// The installation is not a plain call statement: no fix.

import (
	"context"
	"os"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	ctx := context.Background()
	go worker(ctx) // want `worker emits before main installs a tracing subscriber: its events are lost`
	if err := setup(); err != nil {
		os.Exit(1)
	}
}

func worker(ctx context.Context) { tracing.Error(ctx, "failed") }

func setup() error { // want setup:"installs tracing"
	tracing.Init()
	return nil
}
