package main // want package:"emits" package:"installers"

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // want main:"installs"
	tracing.Init()
	tracing.Info(context.Background(), "starting")
}
