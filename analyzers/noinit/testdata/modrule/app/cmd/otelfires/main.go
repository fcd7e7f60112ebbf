// Command otelfires starts a span through the global provider and never
// installs one: reported.
package main

import (
	"context"

	"go.opentelemetry.io/otel"
)

func main() {
	_, span := otel.Tracer("otelfires").Start(context.Background(), "run")
	defer span.End()
}
