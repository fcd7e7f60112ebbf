package main // want package:"emits" package:"installers"

// main installs through a function of another package that has the fact.

import (
	"context"

	"emitter"
	"installer"
)

func main() { // want main:"installs"
	installer.Config{}.Install()
	emitter.Do(context.Background())
}
