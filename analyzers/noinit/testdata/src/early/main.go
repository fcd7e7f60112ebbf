package main // want package:"emits tracing" package:"installers"

// An event and a span before the installation.

import (
	"context"
	"flag"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	flag.Parse()
	ctx := context.Background()
	tracing.Info(ctx, "starting") // want `tracing.Info emits an event before main installs a tracing subscriber: the event is lost`
	ctx, span := tracing.Start(ctx, "main")
	defer span.End()
	tracing.Init()
	tracing.Info(ctx, "running")
}
