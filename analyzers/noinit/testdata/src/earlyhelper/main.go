package main // want package:"emits tracing" package:"installers"

// A helper of the same package emits before the installation, which is
// itself a helper.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

var tr = tracing.NewTarget("app")

func main() { // want main:"installs tracing"
	ctx := context.Background()
	load(ctx) // want `load emits before main installs a tracing subscriber: its events are lost`
	setupTracing()
	load(ctx)
}

func load(ctx context.Context) { readConfig(ctx) }

func readConfig(ctx context.Context) {
	ctx, span := tr.Start(ctx, "read_config")
	defer span.End()
}

func setupTracing() { // want setupTracing:"installs tracing"
	tracing.SetDefault(tracing.NewTextSubscriber(nil, nil))
}
