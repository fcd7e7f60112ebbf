// Package wrapend holds spans started through the program's own
// span-start wrappers.
package wrapend

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("wrapend")

// startSpan wraps Tracer.Start: its spans are checked like the
// tracer's.
func startSpan(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	return tracer.Start(ctx, name, opts...)
}

func work(ctx context.Context) error { return nil }

func leaks(ctx context.Context) error {
	ctx, span := startSpan(ctx, "leaks") // want `span started here is not ended on the path through line 25; it is never exported`
	if err := work(ctx); err != nil {
		return err
	}
	span.End()
	return nil
}

func ends(ctx context.Context) error {
	ctx, span := startSpan(ctx, "ends")
	defer span.End()
	return work(ctx)
}
