package main

// main starts spans from a provider it builds and holds: no global is
// involved.

import (
	"context"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func main() {
	tp := sdktrace.NewTracerProvider()
	defer tp.Shutdown(context.Background())
	_, span := tp.Tracer("app").Start(context.Background(), "run")
	span.End()
}
