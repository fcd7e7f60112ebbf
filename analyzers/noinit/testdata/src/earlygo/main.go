package main // want package:"emits tracing" package:"installers"

// A goroutine started before the installation emits.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
	"installer"
)

func main() { // want main:"installs tracing"
	ctx := context.Background()
	go func() {
		tracing.Warn(ctx, "tick") // want `tracing.Warn emits an event before main installs a tracing subscriber: the event is lost`
	}()
	installer.Setup()
	select {}
}
