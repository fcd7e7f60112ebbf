// Package telemetry is a service's own span helpers over OpenTelemetry:
// StartSpan and Start pass their context and name on to Tracer.Start and
// return what it returns (inferred span-start wrappers); Detached drops
// the context (not one).
package telemetry

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("telemetry")

// StartSpan returns the start's results as they are.
func StartSpan(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	return tracer.Start(ctx, name, opts...)
}

// Start names what it returns.
func Start(ctx context.Context, name string) (context.Context, trace.Span) {
	ctx, span := tracer.Start(ctx, name)
	return ctx, span
}

// Detached starts a root span: the caller's context does not reach it.
func Detached(name string) (context.Context, trace.Span) {
	return tracer.Start(context.Background(), name)
}

// A Tracer is the service's tracing interface: what implements it is
// not known here, so its start is declared.
type Tracer interface {
	//tracelint:span otel
	Begin(ctx context.Context, name string) (context.Context, trace.Span)
}
