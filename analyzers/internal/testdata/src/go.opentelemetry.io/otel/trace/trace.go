// Package trace is a small fake of go.opentelemetry.io/otel/trace.
package trace

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
)

type TracerProvider interface {
	Tracer(name string, options ...TracerOption) Tracer
}

type Tracer interface {
	Start(ctx context.Context, spanName string, opts ...SpanStartOption) (context.Context, Span)
}

type Span interface {
	End(options ...SpanEndOption)
	AddEvent(name string, options ...EventOption)
	IsRecording() bool
	RecordError(err error, options ...EventOption)
	SpanContext() SpanContext
	SetStatus(code codes.Code, description string)
	SetName(name string)
	SetAttributes(kv ...attribute.KeyValue)
	AddLink(link Link)
	TracerProvider() TracerProvider
}

type Link struct {
	SpanContext SpanContext
	Attributes  []attribute.KeyValue
}

func LinkFromContext(ctx context.Context, attrs ...attribute.KeyValue) Link { return Link{} }

type linksOption []Link

func (linksOption) applySpanStart() {}

func WithLinks(links ...Link) SpanStartOption { return linksOption(links) }

type SpanContext struct{}

func (SpanContext) IsValid() bool { return false }

type TracerOption interface{ applyTracer() }
type SpanStartOption interface{ applySpanStart() }
type SpanEndOption interface{ applySpanEnd() }
type EventOption interface{ applyEvent() }

type SpanStartEventOption interface {
	SpanStartOption
	EventOption
}

type attributeOption []attribute.KeyValue

func (attributeOption) applySpanStart() {}
func (attributeOption) applyEvent()     {}

func WithAttributes(attributes ...attribute.KeyValue) SpanStartEventOption {
	return attributeOption(attributes)
}

type SpanKind int

const (
	SpanKindInternal SpanKind = 1
	SpanKindServer   SpanKind = 2
	SpanKindClient   SpanKind = 3
)

type kindOption SpanKind

func (kindOption) applySpanStart() {}

func WithSpanKind(kind SpanKind) SpanStartOption { return kindOption(kind) }

func ContextWithSpan(parent context.Context, span Span) context.Context { return parent }
func SpanFromContext(ctx context.Context) Span                          { return nil }
func SpanContextFromContext(ctx context.Context) SpanContext            { return SpanContext{} }
