package main // want package:" emits tracing}" package:" installers}"

// init functions of package main run before main can install.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

var ctx = context.Background()

func init() {
	register()
	tracing.Info(ctx, "registered") // want `tracing.Info emits an event in init, which runs before main can install a tracing subscriber: the event is lost`
}

func init() {
	tracing.Info(ctx, "second init") // want `tracing.Info emits an event in init`
}

func register() {}

func main() { // want main:"installs tracing"
	tracing.Init()
	tracing.Info(ctx, "starting")
}
