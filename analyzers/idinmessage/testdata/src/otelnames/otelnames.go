// Package otelnames holds OpenTelemetry span names and span event names
// built at run time: the fix makes them constant and records the values
// as attributes, inside a trace.WithAttributes option (the call's own,
// or a new one) or, for SetName, in a SetAttributes statement after it.
package otelnames

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

type Order struct {
	ID    string
	Items int
}

// A new option, after the name or after the other options.
func newOption(ctx context.Context, id string, n int, d time.Duration) {
	tracer := otel.Tracer("app")
	ctx, span := tracer.Start(ctx, "GET /users/"+id) // want `^id is formatted into the span name, making one span class per value; record it as an attribute so the name identifies the class$`
	defer span.End()

	_, child := tracer.Start(ctx, fmt.Sprintf("shard %d", n), trace.WithSpanKind(trace.SpanKindClient)) // want `n is formatted into the span name`
	defer child.End()

	span.AddEvent(fmt.Sprintf("retry %d", n))  // want `^n is formatted into the span event name, making one event class per value; record it as an attribute so the name identifies the class$`
	span.AddEvent(fmt.Sprintf("waited %s", d)) // want `d is formatted into the span event name`
}

// The call's own WithAttributes takes the new attributes, on its line
// or on a line of its own.
func merge(ctx context.Context, tracer trace.Tracer, o Order, method string) {
	ctx, span := tracer.Start(ctx, "order "+o.ID, trace.WithAttributes(attribute.Int("items", o.Items))) // want `o.ID is formatted into the span name`
	defer span.End()

	ctx, s2 := tracer.Start(ctx, method+" /orders/"+o.ID, // want `method and o.ID are formatted into the span name, making one span class per value; record them as attributes`
		trace.WithAttributes(
			attribute.Int("items", o.Items),
		),
		trace.WithSpanKind(trace.SpanKindServer),
	)
	defer s2.End()

	_, s3 := tracer.Start(ctx, "pay "+o.ID, // want `o.ID is formatted into the span name`
		trace.WithSpanKind(trace.SpanKindServer),
	)
	defer s3.End()

	s2.AddEvent("item "+o.ID, trace.WithAttributes()) // want `o.ID is formatted into the span event name`
}

// An attribute the call records already: the fix only removes the value
// from the name. A key the call has is not reused.
func recorded(ctx context.Context, tracer trace.Tracer, id, other string, attrs []attribute.KeyValue) {
	ctx, span := tracer.Start(ctx, "GET /users/"+id, trace.WithAttributes(attribute.String("user_id", id))) // want `^id is already recorded as user_id; remove it from the span name so that the span name is constant$`
	defer span.End()

	_, s2 := tracer.Start(ctx, "GET /users/"+id, trace.WithAttributes(attribute.String("id", other))) // want `^id is formatted into the span name`
	defer s2.End()

	// A spread slice: its attributes are not visible, so a new option
	// takes the new one.
	_, s3 := tracer.Start(ctx, "lookup "+id, trace.WithAttributes(attrs...)) // want `id is formatted into the span name`
	defer s3.End()
}

// SetName: a constant name, and the values in a SetAttributes statement
// right after it.
func rename(ctx context.Context, span trace.Span, r *Order, id string) {
	span.SetName("op " + id) // want `^id is formatted into the span name, making one span class per value; record it as an attribute so the name identifies the class$`
	if r != nil {
		span.SetName(fmt.Sprintf("order %s (%d items)", r.ID, r.Items)) // want `r.ID and r.Items are formatted into the span name`
	}
	switch {
	case id == "":
		span.SetName("user " + id) // want `id is formatted into the span name`
	}
}

// Tracers of any provider, stored in fields, held in a variable.
type server struct {
	tracer trace.Tracer
}

func (s *server) handle(ctx context.Context, tp *sdktrace.TracerProvider, id string) {
	_, span := s.tracer.Start(ctx, "handle "+id) // want `id is formatted into the span name`
	defer span.End()

	_, s2 := tp.Tracer("app").Start(ctx, "job "+id) // want `id is formatted into the span name`
	defer s2.End()

	start := s.tracer.Start
	_, s3 := start(ctx, "task "+id) // want `id is formatted into the span name`
	defer s3.End()

	_, s4 := trace.Tracer.Start(s.tracer, ctx, "step "+id) // want `id is formatted into the span name`
	defer s4.End()
}

// Generic code: a tracer of a type parameter, a value of one.
type Tracers[T trace.Tracer] struct{ t T }

func (ts Tracers[T]) run(ctx context.Context, id string) {
	_, span := ts.t.Start(ctx, "run "+id) // want `id is formatted into the span name`
	defer span.End()
}

func startFor[V any](ctx context.Context, tracer trace.Tracer, v V) {
	_, span := tracer.Start(ctx, fmt.Sprint("lookup ", v)) // want `v is formatted into the span name`
	defer span.End()
}

// Values the attribute package has no constructor for: no fix.
func noConstructor(ctx context.Context, tracer trace.Tracer, o Order, err error, n uint64, opts []trace.SpanStartOption) {
	_, span := tracer.Start(ctx, "failed: "+err.Error()) // want `err is formatted into the span name`
	defer span.End()

	span.AddEvent(fmt.Sprintf("order %v", o))          // want `o is formatted into the span event name`
	span.AddEvent(fmt.Sprintf("count %d", n))          // want `n is formatted into the span event name`
	span.SetName("wrapped " + errors.New("x").Error()) // want `errors.New\("x"\) is formatted into the span name`

	// The options are spread: no option can join them.
	_, s2 := tracer.Start(ctx, "op "+o.ID, opts...) // want `o.ID is formatted into the span name`
	defer s2.End()
}

// Renames that no statement can follow: no fix.
func renameNoFix(span trace.Span, spans func() trace.Span, id string) {
	spans().SetName("op " + id) // want `id is formatted into the span name`
	setName := span.SetName
	setName("op " + id)            // want `id is formatted into the span name`
	defer span.SetName("op " + id) // want `id is formatted into the span name`
}

// The nearest correct code: constant names, names passed in, values as
// attributes.
func silent(ctx context.Context, tracer trace.Tracer, name, id string) {
	ctx, span := tracer.Start(ctx, "GET /users", trace.WithAttributes(attribute.String("id", id)))
	defer span.End()
	_, s2 := tracer.Start(ctx, name)
	defer s2.End()
	span.AddEvent("retry", trace.WithAttributes(attribute.String("id", id)))
	span.AddEvent(name)
	span.SetName(name)
	span.SetName("GET " + "/users")
	span.SetAttributes(attribute.String("id", id))
}
