package main // want package:"emits OpenTelemetry" package:"installers"

// The global provider delegates: a tracer taken before SetTracerProvider
// (a package variable) starts real spans after it.

import (
	"context"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

var tracer = otel.Tracer("app")

func main() { // want main:"installs OpenTelemetry"
	tp := sdktrace.NewTracerProvider()
	otel.SetTracerProvider(tp)
	defer tp.Shutdown(context.Background())
	_, span := tracer.Start(context.Background(), "run")
	span.End()
}
