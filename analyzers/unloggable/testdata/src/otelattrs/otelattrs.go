// Package otelattrs holds OpenTelemetry attributes. Typed attributes
// cannot carry a function, a channel or a lock; a payload converted to a
// string they can.
package otelattrs

import (
	"bytes"
	"context"
	"io"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("otelattrs")

func upload(ctx context.Context, r io.Reader, span trace.Span, buf *bytes.Buffer) {
	body, _ := io.ReadAll(r)
	_, s := tracer.Start(ctx, "upload", trace.WithAttributes(attribute.String("body", string(body)))) // want `string\(body\) is the text of a payload from io.ReadAll`
	defer s.End()
	span.SetAttributes(attribute.String("body", string(body)))                         // want `string\(body\) is the text of a payload from io.ReadAll`
	span.AddEvent("buffered", trace.WithAttributes(attribute.Stringer("buffer", buf))) // want `buf is a \*bytes.Buffer`
}

// The nearest attributes that render well.
func silent(ctx context.Context, r io.Reader, span trace.Span, name []byte) {
	body, _ := io.ReadAll(r)
	_, s := tracer.Start(ctx, "upload", trace.WithAttributes(attribute.Int("body_len", len(body))))
	defer s.End()
	span.SetAttributes(attribute.String("name", string(name)), attribute.Int("n", 3))
}
