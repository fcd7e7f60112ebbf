// Command helper installs zap's globals and the tracer provider through
// a package of another module, then logs and starts spans through them:
// not reported.
package main

import (
	"context"

	"example.com/dep/setup"
	"go.opentelemetry.io/otel"
	"go.uber.org/zap"
)

func main() {
	setup.Logging()
	setup.Tracing()
	zap.L().Info("starting")
	_, span := otel.Tracer("helper").Start(context.Background(), "run")
	span.End()
}
