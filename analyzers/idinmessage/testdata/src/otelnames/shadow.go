package otelnames

import (
	"context"

	"go.opentelemetry.io/otel/trace"
)

// A local named attribute hides the package: no fix can name it.
func shadowed(ctx context.Context, tracer trace.Tracer, id string) {
	attribute := id
	_, span := tracer.Start(ctx, "GET /users/"+attribute) // want `attribute is formatted into the span name`
	defer span.End()
}

// Nor can it name trace when a parameter hides it.
func shadowedTrace(ctx context.Context, tracer interface{ Tracer() trace.Tracer }, id string, trace int) {
	_, span := tracer.Tracer().Start(ctx, "GET /users/"+id) // want `id is formatted into the span name`
	defer span.End()
	_ = trace
}
