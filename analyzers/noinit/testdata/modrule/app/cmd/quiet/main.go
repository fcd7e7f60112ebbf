// Command quiet uses a dependency of another module that logs through
// zap.L() and starts spans through otel.Tracer, and logs through a
// logger of its own: not reported.
package main

import (
	"context"

	"example.com/dep/client"
	"go.uber.org/zap"
)

func main() {
	logger := zap.NewExample()
	logger.Info("starting")
	client.Call(context.Background())
}
