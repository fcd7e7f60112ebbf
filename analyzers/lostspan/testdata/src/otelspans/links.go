package otelspans

import (
	"context"

	"go.opentelemetry.io/otel/trace"
)

// A new root span that the function links to the span in scope: detached
// on purpose (OpenTelemetry's way for work that outlives the request).
func invalidate(parentCtx context.Context) {
	ctx, span := tracer.Start(context.Background(), "invalidate")
	defer span.End()
	trace.SpanFromContext(parentCtx).AddLink(trace.LinkFromContext(ctx))
	work(ctx, 1)
}

func invalidateWithLinks(parentCtx context.Context) {
	_, span := tracer.Start(context.Background(), "invalidate", trace.WithLinks(trace.LinkFromContext(parentCtx)))
	defer span.End()
}

// Without a link the new root loses the span.
func invalidateUnlinked(parentCtx context.Context) {
	ctx, span := tracer.Start(context.Background(), "invalidate") // want `Tracer.Start gets context.Background\(\), so the new span starts a separate trace instead of joining the span carried by parentCtx`
	defer span.End()
	work(ctx, 1)
}
