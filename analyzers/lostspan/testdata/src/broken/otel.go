package broken

// OpenTelemetry code being typed: tracers, spans and contexts whose
// types are partly unknown.

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

type server struct {
	tracer trace.Tracer
	other  undefinedTracer
}

func (s *server) handle(ctx context.Context) {
	ctx, span := s.tracer.Start(ctx, "handle")
	defer span.End()
	go func() {
		slog.Info("audit") // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
		span.AddEvent(undefinedName)
	}()
	octx, ospan := s.other.Start(ctx, "other")
	go work(octx, ospan)
	wctx := trace.ContextWithSpan(undefinedCtx, span)
	go work(wctx, context.Background()) // want `goroutine starts from context.Background\(\), so its events leave the span carried by wctx`
	bctx := trace.ContextWithSpan(context.Background(), undefinedSpan)
	go func() { _ = bctx }()
	uctx, uspan := otel.Tracer("x").Start(undefinedCtx, "u")
	uspan.End()
	go work(uctx, trace.ContextWithSpan())
	go trace.ContextWithSpan(context.Background(), span, nil)
	mctx, mspan := (trace.Tracer).Start(nil, ctx, "expr")
	defer mspan.End()
	_ = mctx
}
