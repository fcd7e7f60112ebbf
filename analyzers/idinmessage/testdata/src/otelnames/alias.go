package otelnames

import (
	"context"

	otelattr "go.opentelemetry.io/otel/attribute"
	oteltrace "go.opentelemetry.io/otel/trace"
)

// Packages imported under other names: the fix uses those.
func aliased(ctx context.Context, tracer oteltrace.Tracer, id string) {
	_, span := tracer.Start(ctx, "GET /users/"+id, oteltrace.WithSpanKind(oteltrace.SpanKindServer)) // want `id is formatted into the span name`
	defer span.End()
	span.SetAttributes(otelattr.Bool("ok", true))
}
