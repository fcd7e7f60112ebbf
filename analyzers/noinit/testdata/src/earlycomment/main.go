package main // want package:"emits tracing" package:"installers"

// The installation moves up with its comment, above the comment of the
// first premature event, and leaves no double blank line behind.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	ctx := context.Background()

	// Say hello.
	tracing.Info(ctx, "starting") // want `tracing.Info emits an event before main installs a tracing subscriber: the event is lost`

	// Install the subscriber:
	// text on stderr.
	tracing.Init()

	tracing.Info(ctx, "running")
}
