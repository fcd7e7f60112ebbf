package main // want package:"emits tracing" package:"installers"

// The installation uses a variable of main: moving it could break the
// build, so no fix.

import (
	"context"
	"os"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	sub := tracing.NewTextSubscriber(os.Stderr, nil)
	tracing.Info(context.Background(), "starting") // want `tracing.Info emits an event before main installs`
	tracing.SetDefault(sub)
}
