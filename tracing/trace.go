package tracing

import (
	"context"
	"encoding/hex"
	"fmt"
)

// A TraceID is a W3C Trace Context trace-id: 16 bytes, written as 32
// lowercase hexadecimal digits, the form OpenTelemetry, Grafana Tempo,
// Jaeger and the log stores that join logs to traces use. The zero
// TraceID is invalid: it belongs to no trace.
type TraceID [16]byte

// IsValid reports whether id is not the zero TraceID.
func (id TraceID) IsValid() bool { return id != TraceID{} }

// String returns id as 32 lowercase hexadecimal digits.
func (id TraceID) String() string {
	var b [32]byte
	return string(id.append(b[:0]))
}

// AppendText appends the 32 hexadecimal digits of id to b; it
// implements encoding.TextAppender.
func (id TraceID) AppendText(b []byte) ([]byte, error) { return id.append(b), nil }

// MarshalText returns the 32 hexadecimal digits of id; it implements
// encoding.TextMarshaler.
func (id TraceID) MarshalText() ([]byte, error) { return id.append(make([]byte, 0, 32)), nil }

// UnmarshalText sets id from 32 hexadecimal digits (in either case); it
// implements encoding.TextUnmarshaler.
func (id *TraceID) UnmarshalText(text []byte) error {
	var t TraceID
	if len(text) != 32 {
		return fmt.Errorf("tracing: trace ID %q is not 32 hexadecimal digits", text)
	}
	if _, err := hex.Decode(t[:], text); err != nil {
		return fmt.Errorf("tracing: trace ID %q is not 32 hexadecimal digits", text)
	}
	*id = t
	return nil
}

func (id TraceID) append(b []byte) []byte {
	for _, c := range id {
		b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return b
}

// A Bridge connects the runtime to another tracing system: the
// OpenTelemetry bridge (module github.com/tracelint/tracelint/otel) is
// one. A Subscriber that also implements Bridge, installed alone or in a
// Tee, gives the runtime the trace that a context carries, so that the
// JSON subscriber and the slog subscriber write "trace_id" and
// "span_id" in W3C form, and lets span contexts answer the other
// system's context lookups, so that its spans started from a span's
// context are children of the span.
//
// Both methods are called on hot paths (every event of the JSON
// subscriber, every ctx.Value through a span's context): they must be
// fast and must not allocate.
type Bridge interface {
	// TraceContext returns the trace of ctx and the W3C span-id of its
	// innermost span of that trace; ok is false when ctx carries none.
	TraceContext(ctx context.Context) (trace TraceID, span SpanID, ok bool)

	// SpanValue returns the value that the context of s holds for key on
	// the bridge's behalf (for OpenTelemetry, the span that mirrors s,
	// under OpenTelemetry's context key); ok is false for every other
	// key, which the span's context then looks up in its parent.
	SpanValue(s *Span, key any) (value any, ok bool)
}

// bridgeOf returns the Bridge of s, or of the first subscriber of a Tee
// that is one.
func bridgeOf(s Subscriber) Bridge {
	switch s := s.(type) {
	case Bridge:
		return s
	case *tee:
		for _, c := range s.subs {
			if b, ok := c.(Bridge); ok {
				return b
			}
		}
	}
	return nil
}

// TraceContext returns the W3C trace of ctx and the span-id of its
// innermost span in that trace, as the installed subscriber's Bridge
// sees them; ok is false when no bridge is installed or ctx carries no
// trace.
func TraceContext(ctx context.Context) (trace TraceID, span SpanID, ok bool) {
	d := current.Load()
	if d == nil || d.bridge == nil || ctx == nil {
		return TraceID{}, 0, false
	}
	return d.bridge.TraceContext(ctx)
}

// An extension is a value a subscriber attached to a span.
type extension struct {
	key, value any
	next       *extension
}

// SetExtension attaches value to s under key, replacing the value of
// an earlier call with the same key, for the subscribers that keep
// state per span (the OpenTelemetry bridge keeps the span that mirrors
// s), as Rust's span extensions do. key should be of a type of the
// subscriber's own, as with context.WithValue.
func (s *Span) SetExtension(key, value any) {
	if s == nil {
		return
	}
	for {
		old := s.ext.Load()
		n := &extension{key: key, value: value}
		for e := old; e != nil; e = e.next {
			if e.key != key {
				n.next = &extension{key: e.key, value: e.value, next: n.next}
			}
		}
		if s.ext.CompareAndSwap(old, n) {
			return
		}
	}
}

// Extension returns the value attached to s under key, or nil.
func (s *Span) Extension(key any) any {
	if s == nil {
		return nil
	}
	for e := s.ext.Load(); e != nil; e = e.next {
		if e.key == key {
			return e.value
		}
	}
	return nil
}

// Context returns the context Start returned with s: it holds s, and
// its parent is the context s was started with. A bridge starts the
// span that mirrors s from it. A nil span returns nil.
func (s *Span) Context() context.Context {
	if s == nil {
		return nil
	}
	return &s.ctx
}
