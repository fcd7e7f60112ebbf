package main // want package:"emits tracing" package:"installers"

// A goroutine started with tracing.Go, and one with go, before the
// installation: the first is reported.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	ctx := context.Background()
	tracing.Go(ctx, worker) // want `tracing.Go starts a goroutine that emits before main installs a tracing subscriber: its events are lost`
	go worker(ctx)
	tracing.Init()
	select {}
}

func worker(ctx context.Context) { tracing.Debug(ctx, "working") }
