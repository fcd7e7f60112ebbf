// Package loopnest holds span starts in loops that reassign a context
// declared outside the loop.
package loopnest

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"

	"github.com/tracelint/tracelint/tracing"
)

var tracer = otel.Tracer("loopnest")

func handle(ctx context.Context, item string) {}

func nested(ctx context.Context, items []string) {
	var span trace.Span
	for _, item := range items {
		ctx, span = tracer.Start(ctx, "item") // want `ctx is reassigned on every iteration, so each span started here is the child of the previous iteration's and the context chain grows with the loop`
		handle(ctx, item)
		span.End()
	}
}

func nestedTracing(ctx context.Context, items []string) {
	var span *tracing.Span
	for i := 0; i < len(items); i++ {
		ctx, span = tracing.Start(ctx, "item") // want `ctx is reassigned on every iteration`
		handle(ctx, items[i])
		span.End()
	}
}

// readAfter reads ctx after the loop: fresh variables would change
// what it reads, so there is no fix.
func readAfter(ctx context.Context, items []string) {
	var span trace.Span
	for _, item := range items {
		ctx, span = tracer.Start(ctx, "item") // want `ctx is reassigned on every iteration`
		handle(ctx, item)
		span.End()
	}
	handle(ctx, "done")
}

// readBefore reads the previous iteration's span: no fix.
func readBefore(ctx context.Context, items []string) {
	var span trace.Span
	for _, item := range items {
		if span != nil {
			span.End()
		}
		ctx, span = tracer.Start(ctx, "item") // want `ctx is reassigned on every iteration`
		handle(ctx, item)
	}
	if span != nil {
		span.End()
	}
}

// Silent: each iteration starts from the function's context.
func fresh(ctx context.Context, items []string) {
	for _, item := range items {
		ictx, span := tracer.Start(ctx, "item")
		handle(ictx, item)
		span.End()
	}
}

func fromParent(ctx context.Context, items []string) {
	var ictx context.Context
	var span trace.Span
	for _, item := range items {
		ictx, span = tracer.Start(ctx, "item")
		handle(ictx, item)
		span.End()
	}
	_ = ictx
}
