package main // want package:"emits tracing" package:"installers"

// Installing in a deferred call is too late for every event.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	defer tracing.Init()
	tracing.Info(context.Background(), "starting") // want `tracing.Info emits an event before main installs`
}
