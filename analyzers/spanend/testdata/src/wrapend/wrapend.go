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

func handle(ctx context.Context, item string) {}

// nestedByWrapper reassigns the loop's context from a wrapper's start.
func nestedByWrapper(ctx context.Context, items []string) {
	var span trace.Span
	for _, item := range items {
		ctx, span = startSpan(ctx, "item") // want `ctx is reassigned on every iteration, so each span started here is the child of the previous iteration's and the context chain grows with the loop`
		handle(ctx, item)
		span.End()
	}
}

// freshByWrapper declares the iteration's own: silent.
func freshByWrapper(ctx context.Context, items []string) {
	for _, item := range items {
		ctx, span := startSpan(ctx, "item")
		handle(ctx, item)
		span.End()
	}
}
