// Command sdk starts spans from a provider it builds and holds: no
// global is involved, not reported.
package main

import (
	"context"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func main() {
	tp := sdktrace.NewTracerProvider()
	defer tp.Shutdown(context.Background())
	_, span := tp.Tracer("sdk").Start(context.Background(), "run")
	span.End()
}
