package main // want package:"emits tracing" package:"installers"

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs tracing"
	tracing.Init()
	tracing.Info(context.Background(), "starting")
}
