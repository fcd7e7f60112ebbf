// Package broken does not type-check: spanend must not panic on the
// partial type information (editors run analyzers on such code), and
// still reports the spans of the parts that type-check.
package broken

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("broken")

func typing(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "typing") // want `span started here is not ended on the path through line 17; it is never exported`
	if err := undefinedWork(ctx); err != nil {
		return err
	}
	span.End()
	return nil
}

func unknownTracer(ctx context.Context) {
	ctx, span := undefinedTracer.Start(ctx, "unknown")
	use(ctx)
}

func unknownSpan(ctx context.Context, items []undefinedItem) {
	for _, it := range items {
		ctx, span = tracer.Start(ctx, it.Name()) // want `ctx is reassigned on every iteration`
		span.End()
	}
	var s = nope()
	s.End()
}

func generic[T any, C context.Context](c C, t T) {
	_, span := tracer.Start(c, "generic") // want `span started here is not ended`
	span.AddEvent("generic")
}
