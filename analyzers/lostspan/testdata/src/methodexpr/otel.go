package methodexpr

import (
	"context"

	"go.opentelemetry.io/otel/trace"
)

func work(ctx context.Context) {}

// OpenTelemetry's Tracer.Start and ContextWithSpan as a method
// expression and through variables.
func otelForms(ctx context.Context, tr trace.Tracer) {
	sctx, sspan := trace.Tracer.Start(tr, ctx, "expr")
	defer sspan.End()
	go work(ctx) // want `goroutine gets ctx instead of sctx`

	start := tr.Start
	vctx, vspan := start(sctx, "value")
	defer vspan.End()
	go work(sctx) // want `goroutine gets sctx instead of vctx`

	_, _ = trace.Tracer.Start(tr, context.Background(), "bg") // want `Tracer.Start gets context.Background\(\), so the new span starts a separate trace instead of joining the span carried by vctx`

	with := trace.ContextWithSpan
	go func() {
		wctx := with(context.Background(), vspan)
		work(wctx)
	}()
	_ = vctx
}
