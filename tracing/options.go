package tracing

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Options configure the text and JSON subscribers. The zero Options (and
// a nil *Options) are the defaults: LevelInfo and above, colour on
// terminals, RFC 3339 UTC timestamps with microseconds, no span lines.
type Options struct {
	// Filter selects the spans and events to record; nil records
	// LevelInfo and above.
	Filter *Filter

	// Color chooses whether the text subscriber writes ANSI colours.
	// The JSON subscriber ignores it.
	Color ColorMode

	// OmitTime leaves the timestamp out, for deterministic output in
	// tests and examples.
	OmitTime bool

	// TimeFormat is a time.Time layout for the timestamp; the default
	// is tracing-subscriber's 2006-01-02T15:04:05.000000Z in UTC.
	// Timestamps are converted to UTC before formatting.
	TimeFormat string

	// SpanEvents adds a line when spans start or end, as
	// tracing-subscriber's FmtSpan does.
	SpanEvents SpanEvents

	// TraceIDKey and SpanIDKey name the W3C trace context that the JSON
	// subscriber writes when an event's context carries a trace (an
	// OpenTelemetry span, or a span bridged to one, with a Bridge
	// installed): "trace_id" and "span_id" by default, the names
	// Grafana Loki's derived fields, Datadog's and Elasticsearch's log
	// pipelines are told to join on. In a trace, the span ID is the W3C
	// span-id of the innermost span of that trace; outside one, the
	// JSON subscriber writes the innermost span's SpanID under
	// SpanIDKey.
	TraceIDKey, SpanIDKey string

	// TraceIDs makes the text subscriber end the line with the fields
	// trace_id and span_id (named by TraceIDKey and SpanIDKey) when the
	// event's context carries a trace. By default text lines stay in
	// tracing-subscriber's format.
	TraceIDs bool
}

// traceKeys returns the keys of the trace context, defaulted.
func (o *Options) traceKeys() (trace, span string) {
	return cmp.Or(o.TraceIDKey, TraceIDKey), cmp.Or(o.SpanIDKey, SpanIDKey)
}

// A traceRef is the trace an event's context carries, if ok.
type traceRef struct {
	trace TraceID
	span  SpanID
	ok    bool
}

func traceOf(ctx context.Context) traceRef {
	t, s, ok := TraceContext(ctx)
	return traceRef{t, s, ok}
}

// A ColorMode says when the text subscriber writes ANSI colours.
type ColorMode int

const (
	// ColorAuto, the zero value, colours when the writer is a terminal
	// (an *os.File that is a character device) and the NO_COLOR
	// environment variable is unset or empty.
	ColorAuto ColorMode = iota
	// ColorNever never colours.
	ColorNever
	// ColorAlways always colours.
	ColorAlways
)

// SpanEvents select the span lifecycle lines a subscriber writes.
type SpanEvents uint8

const (
	// SpanNew writes an event "new" when a span starts.
	SpanNew SpanEvents = 1 << iota
	// SpanClose writes an event "close" with the span's duration
	// (field "time.busy") when a span ends.
	SpanClose
)

// useColor resolves a ColorMode for w.
func useColor(m ColorMode, w io.Writer) bool {
	switch m {
	case ColorNever:
		return false
	case ColorAlways:
		return true
	}
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// sink is the part the text and JSON subscribers share: a writer taken
// whole line by whole line.
type sink struct {
	mu   sync.Mutex
	w    io.Writer
	opts Options
}

// write writes one record. The lock is released even when the writer
// panics (the panic then reaches the dispatcher's recover): a writer that
// panicked once must not deadlock every later event.
func (s *sink) write(b []byte) {
	s.mu.Lock()
	defer s.unlock()
	s.w.Write(b) //nolint:errcheck // a subscriber has nowhere to report write errors
}

// unlock releases the sink after a write and recovers a panicking
// writer, which is reported once like a panicking subscriber.
func (s *sink) unlock() {
	s.mu.Unlock()
	if r := recover(); r != nil {
		if panicReported.CompareAndSwap(false, true) {
			fmt.Fprintf(os.Stderr, "tracing: writer %T panicked in Write: %v (further panics are not reported)\n", s.w, r)
		}
	}
}

func (s *sink) appendTime(b []byte, t time.Time) []byte {
	if s.opts.TimeFormat != "" { // a layout may hold anything: escape it
		return appendEscaped(b, t.UTC().Format(s.opts.TimeFormat))
	}
	return appendTimestamp(b, t)
}

// spanEvent builds the "new" or "close" event of s.
func spanEvent(s *Span, msg string, fields ...Field) Event {
	e := Event{Time: now(), Level: s.level, Message: msg, Target: s.target, Span: s}
	e.AddFields(fields...)
	return e
}
