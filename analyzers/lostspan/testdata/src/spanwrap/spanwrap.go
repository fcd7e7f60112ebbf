// Package spanwrap starts spans through a service's own helpers
// (package telemetry, through facts) and a declared interface method:
// lostspan treats them as the Tracer.Start they wrap or behave like.
package spanwrap

import (
	"context"

	"spanwrap/telemetry"
)

func work(ctx context.Context) error { return nil }

func fromBackground(parentCtx context.Context) {
	ctx, span := telemetry.StartSpan(context.Background(), "load") // want `^telemetry.StartSpan gets context.Background\(\), so the new span starts a separate trace instead of joining the span carried by parentCtx$`
	defer span.End()
	_ = work(ctx)
	_ = parentCtx
}

func goroutine(ctx context.Context) {
	ctx, span := telemetry.Start(ctx, "load")
	defer span.End()
	go func() {
		_ = work(context.Background()) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
	}()
}

func declared(parentCtx context.Context, t telemetry.Tracer) {
	ctx, span := t.Begin(context.Background(), "load") // want `^Tracer.Begin gets context.Background\(\), so the new span starts a separate trace instead of joining the span carried by parentCtx$`
	defer span.End()
	_ = work(ctx)
}

// The nearest correct code: the span context passed on, and a helper
// that is not a wrapper.
func silent(ctx context.Context, t telemetry.Tracer) {
	ctx, span := telemetry.Start(ctx, "load")
	defer span.End()
	go func() {
		_ = work(ctx)
	}()
	bctx, bspan := t.Begin(ctx, "load")
	defer bspan.End()
	_ = work(bctx)
	dctx, dspan := telemetry.Detached("root")
	defer dspan.End()
	_ = work(dctx)
}
