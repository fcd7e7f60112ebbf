package main // want package:"emits tracing"

// The program emits only through imported packages.

import (
	"context"

	"wrapper"
)

func main() { // want `events from this program go nowhere: main never installs a tracing subscriber`
	wrapper.Do(context.Background())
}
