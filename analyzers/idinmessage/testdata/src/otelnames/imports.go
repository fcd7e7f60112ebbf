package otelnames

import (
	"context"

	"go.opentelemetry.io/otel"
)

// Neither trace nor attribute is imported: the fix imports both.
func importsBoth(ctx context.Context, id string) {
	_, span := otel.Tracer("app").Start(ctx, "GET /users/"+id) // want `id is formatted into the span name`
	defer span.End()
}
