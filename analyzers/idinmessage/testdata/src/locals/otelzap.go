package locals

import (
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"
)

// A local message of a Sprint-style event: inlined into the w form.
func sugared(s *zap.SugaredLogger, orderID string) {
	msg := "order " + orderID
	s.Warn(msg) // want `orderID is formatted into the message`
}

// A local span name of SetName: inlined, the attribute after it.
func renamed(span trace.Span, id string) {
	name := "op " + id
	span.SetName(name) // want `id is formatted into the span name`
}
