package main // want package:"emits tracing" package:"installers"

// main installs through a helper of its own, called first.

import (
	"context"
	"os"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	if err := setup(); err != nil {
		os.Exit(1)
	}
	work(context.Background())
}

func setup() error { // want setup:"installs tracing"
	configure()
	return nil
}

func configure() { tracing.SetDefault(tracing.NewTextSubscriber(os.Stderr, nil)) } // want configure:"installs tracing"

func work(ctx context.Context) { tracing.Info(ctx, "working") }
