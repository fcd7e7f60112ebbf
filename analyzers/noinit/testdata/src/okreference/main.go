package main // want package:"emits tracing" package:"installers"

// Referring to an installing function counts: sync.Once.Do(setup).

import (
	"context"
	"sync"

	"github.com/tracelint/tracelint/tracing"
	"installer"
)

var once sync.Once

func main() { // want main:"installs tracing"
	once.Do(installer.Setup)
	tracing.Info(context.Background(), "starting")
}
