// Package otelspans: every rule of lostspan with OpenTelemetry's span
// contexts (Tracer.Start, trace.ContextWithSpan, Span.End).
package otelspans

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
	"golang.org/x/sync/errgroup"
)

var tracer = otel.Tracer("otelspans")

func work(ctx context.Context, n int) error { return nil }

// Goroutines that start from Background while an OTel span context is in
// scope.
func spawnBackground(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "spawn")
	defer span.End()
	go work(context.Background(), 1) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
	go func() {
		_ = work(context.TODO(), 2) // want `goroutine starts from context.TODO\(\), so its events leave the span carried by ctx`
	}()
	var wg sync.WaitGroup
	wg.Go(func() {
		_ = work(context.Background(), 3) // want `goroutine starts from context.Background\(\)`
	})
	wg.Wait()
	time.AfterFunc(time.Second, func() {
		_ = work(context.Background(), 4) // want `goroutine starts from context.Background\(\)`
	})
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		return work(context.Background(), 5) // want `span carried by gctx`
	})
	_ = g.Wait()
	_ = gctx
}

// A goroutine starting a span from Background: a separate trace. The fix
// keeps Background's lack of cancellation, and writes two results.
func spanInGoroutine(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "parent")
	defer span.End()
	go func() {
		ctx, span := tracer.Start(context.Background(), "job") // want `Tracer.Start gets context.Background\(\), so the new span starts a separate trace instead of joining the span carried by ctx`
		defer span.End()
		_ = work(ctx, 1)
	}()
	go func() {
		ctx, span := otel.Tracer("x").Start(context.TODO(), "job") // want `Tracer.Start gets context.TODO\(\), so the new span starts a separate trace`
		defer span.End()
		_ = work(ctx, 2)
	}()
}

// Background handed straight to a span start while a context is in scope.
func direct(ctx context.Context) {
	_, span := tracer.Start(context.Background(), "direct") // want `Tracer.Start gets context.Background\(\), so the new span starts a separate trace instead of joining the span carried by ctx`
	defer span.End()
}

// slog's context-less forms in a goroutine: the fix passes the OTel span
// context.
func ctxlessInGoroutine(ctx context.Context, logger *slog.Logger) {
	ctx, span := tracer.Start(ctx, "audit")
	defer span.End()
	go func() {
		slog.Info("audit")  // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
		logger.Warn("slow") // want `Logger.Warn in a goroutine takes no context`
		span.AddEvent("audited")
	}()
}

// Stale ancestors of an OTel span context.
func stale(ctx context.Context) {
	sctx, span := tracer.Start(ctx, "fanout")
	defer span.End()
	go work(ctx, 1) // want `goroutine gets ctx instead of sctx, the span context derived from it, so its events land outside that span`
	go func() {
		_ = work(ctx, 2) // want `goroutine gets ctx instead of sctx`
	}()
	go work(sctx, 3)
}

// Server holds its tracer in a field.
type Server struct {
	tracer trace.Tracer
	tp     *sdktrace.TracerProvider
}

func (s *Server) handle(ctx context.Context) {
	ctx, span := s.tracer.Start(ctx, "handle")
	defer span.End()
	go work(context.Background(), 1) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
}

func (s *Server) provider(ctx context.Context) {
	pctx, span := s.tp.Tracer("server").Start(ctx, "provider")
	defer span.End()
	go work(ctx, 1) // want `goroutine gets ctx instead of pctx`
	_ = pctx
}

// Sequential spans: after the first ends, the parent is current again;
// the second makes it stale.
func sequential(ctx context.Context) {
	lctx, lspan := tracer.Start(ctx, "load")
	_ = work(lctx, 1)
	lspan.End()
	go work(ctx, 2)
	sctx, sspan := tracer.Start(ctx, "save")
	defer sspan.End()
	go work(ctx, 3) // want `goroutine gets ctx instead of sctx`
	_ = sctx
}

// Generic code: a tracer given as a type parameter.
func generic[T trace.Tracer](ctx context.Context, t T) {
	sctx, span := t.Start(ctx, "generic")
	defer span.End()
	go work(ctx, 1)                  // want `goroutine gets ctx instead of sctx`
	go work(context.Background(), 2) // want `goroutine starts from context.Background\(\), so its events leave the span carried by sctx`
	_ = sctx
}

// The nearest correct code: silent.

func passes(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "passes")
	defer span.End()
	go work(ctx, 1)
	go func() { _ = work(context.WithoutCancel(ctx), 2) }()
	go func() {
		ctx, span := tracer.Start(context.WithoutCancel(ctx), "job")
		defer span.End()
		span.AddEvent("started")
		_ = work(ctx, 3)
	}()
	go func() {
		slog.InfoContext(ctx, "audit")
		span.AddEvent("audit")
	}()
}

// The root span of a function that has no other context.
func root() {
	ctx, span := tracer.Start(context.Background(), "root")
	defer span.End()
	go work(ctx, 1)
}

// Sequential spans, each passed on.
func sequentialPassed(ctx context.Context) {
	lctx, lspan := tracer.Start(ctx, "load")
	go work(lctx, 1)
	lspan.End()
	sctx, sspan := tracer.Start(ctx, "save")
	defer sspan.End()
	go work(sctx, 2)
}
