package main // want package:"emits OpenTelemetry" package:"installers"

// A span started through the global provider before the install is a
// no-op; the tracer itself is not (it delegates). The install is a
// plain call: the fix moves it up.

import (
	"context"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func main() { // want main:"installs OpenTelemetry"
	ctx := context.Background()
	tracer := otel.Tracer("app")
	_, span := otel.Tracer("app").Start(ctx, "early") // want `^otel.Tracer\("app"\).Start starts a span before main installs an OpenTelemetry tracer provider: the span is lost$`
	span.End()
	setupTracing()
	_, span = tracer.Start(ctx, "run")
	span.End()
}

func setupTracing() { otel.SetTracerProvider(sdktrace.NewTracerProvider()) } // want setupTracing:"installs OpenTelemetry"
