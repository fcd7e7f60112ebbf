package main // want package:"emits tracing" package:"installers"

// main installs through a function of another package that has the fact.

import (
	"context"

	"emitter"
	"installer"
)

func main() { // want main:"installs tracing"
	installer.Config{}.Install()
	emitter.Do(context.Background())
}
