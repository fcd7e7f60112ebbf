package otelspans

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel/trace"
)

// trace.ContextWithSpan derives a span context, as a span start does.

// The span context is the one ContextWithSpan returns.
func withSpan(ctx context.Context, span trace.Span) {
	sctx := trace.ContextWithSpan(ctx, span)
	go work(context.Background(), 1) // want `goroutine starts from context.Background\(\), so its events leave the span carried by sctx`
	go work(ctx, 2)                  // want `goroutine gets ctx instead of sctx, the span context derived from it`
	go func() {
		slog.Info("with span") // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by sctx`
	}()
	_ = sctx
}

// Put into Background, the span keeps a context without cancellation:
// it carries the span.
func detachedSpan(span trace.Span) {
	dctx := trace.ContextWithSpan(context.Background(), span)
	go work(context.Background(), 1) // want `goroutine starts from context.Background\(\), so its events leave the span carried by dctx`
	go work(dctx, 2)
}

// The span, ended, no longer makes its context current.
func withSpanEnded(ctx context.Context) {
	_, span := tracer.Start(ctx, "child")
	lctx := trace.ContextWithSpan(ctx, span)
	go work(ctx, 1) // want `goroutine gets ctx instead of lctx`
	span.End()
	go work(ctx, 2)
	_ = lctx
}

// The started span put into Background: the parent is stale all the
// same, and the fix passes the span context that has its cancellation.
func detachStale(p context.Context) {
	ctx, span := tracer.Start(p, "a")
	defer span.End()
	dctx := trace.ContextWithSpan(context.Background(), span)
	go work(p, 1) // want `goroutine gets p instead of ctx`
	go work(dctx, 2)
	go work(ctx, 3)
}

// The nearest correct code: silent.

// The span started with ctx, put back into ctx (or into Background to
// drop the caller's cancellation): the same span.
func sameSpan(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "same")
	defer span.End()
	again := trace.ContextWithSpan(ctx, span)
	go work(ctx, 1)
	go work(again, 2)
	go func() {
		bctx := trace.ContextWithSpan(context.Background(), span)
		_ = work(bctx, 3)
	}()
	go work(trace.ContextWithSpan(context.Background(), span), 4)
	go work(trace.ContextWithSpan(context.TODO(), trace.SpanFromContext(ctx)), 5)
}

// The span of ctx itself.
func ownSpan(ctx context.Context) {
	sctx := trace.ContextWithSpan(ctx, trace.SpanFromContext(ctx))
	go work(ctx, 1)
	go work(sctx, 2)
}

// No context in scope before it: the span's own.
func detachedRoot(span trace.Span) {
	go func() {
		ctx := trace.ContextWithSpan(context.Background(), span)
		_ = work(ctx, 1)
	}()
}
