// Package tracingotel bridges the tracing runtime
// (github.com/tracelint/tracelint/tracing) to OpenTelemetry, both ways,
// as Rust's tracing-opentelemetry does:
//
//   - every tracing span is mirrored as an OpenTelemetry span on the
//     TracerProvider given to New: its fields become attributes, the
//     events inside it span events, an ERROR event or an "error" field
//     RecordError and an error status, and End ends it;
//   - a tracing span started under a context that carries an
//     OpenTelemetry span (an incoming request's, started by otelhttp or
//     otelgrpc) continues that trace, and an OpenTelemetry span started
//     from a context that carries a tracing span is the child of its
//     mirror;
//   - the JSON and slog subscribers installed beside it write the
//     trace_id and span_id of the trace in W3C form, so that log stores
//     join the lines to the traces.
//
// Install it beside the subscriber that writes the lines:
//
//	tracing.SetDefault(tracing.Tee(
//		tracing.NewJSONSubscriber(os.Stderr, nil),
//		tracingotel.New(tp, nil),
//	))
//
// or, after tracing.Init, beside the subscriber it installed:
//
//	tracing.SetDefault(tracing.Tee(tracing.Default(), tracingotel.New(tp, nil)))
//
// The package lives in a module of its own, so that programs that use
// the tracing runtime without OpenTelemetry never download it.
package tracingotel

import (
	"context"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math"
	"sync"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"

	"github.com/tracelint/tracelint/tracing"
)

// Options configure the bridge. The zero Options (and a nil *Options)
// mirror the spans and events at LevelInfo and above.
type Options struct {
	// Filter selects the spans and events to mirror; nil mirrors
	// LevelInfo and above.
	Filter *tracing.Filter

	// TracerName is the instrumentation scope of the mirrored spans;
	// the default is this package's import path.
	TracerName string
}

// ScopeName is the default instrumentation scope of the mirrored spans.
const ScopeName = "github.com/tracelint/tracelint/otel"

// A Subscriber mirrors tracing spans and events as OpenTelemetry spans
// and span events. It is a tracing.Subscriber and a tracing.Bridge.
type Subscriber struct {
	tracer trace.Tracer
	filter *tracing.Filter
	// probe holds probeSpan under OpenTelemetry's context key, whose
	// type is unexported: probe.Value(key) == probeSpan tells the key.
	probe context.Context
}

// mirrorKey is the span extension that holds a span's mirror.
type mirrorKey struct{}

// probeSpan is the span of probe; a pointer, so that it compares.
var probeSpan = &probe{}

type probe struct{ noop.Span }

// New returns a bridge that mirrors spans on tp.
func New(tp trace.TracerProvider, opts *Options) *Subscriber {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.TracerName == "" {
		o.TracerName = ScopeName
	}
	return &Subscriber{
		tracer: tp.Tracer(o.TracerName),
		filter: o.Filter,
		probe:  trace.ContextWithSpan(context.Background(), probeSpan),
	}
}

// Filter returns the filter of the bridge's Options.
func (b *Subscriber) Filter() *tracing.Filter { return b.filter }

// mirror returns the OpenTelemetry span that mirrors s, or nil.
func mirror(s *tracing.Span) trace.Span {
	m, _ := s.Extension(mirrorKey{}).(trace.Span)
	return m
}

// StartSpan starts the span that mirrors s, as the child of the
// OpenTelemetry span of the context s was started with (the mirror of
// s's parent, or a span of the program's own OpenTelemetry code).
func (b *Subscriber) StartSpan(s *tracing.Span) {
	ap := getAttrs()
	defer putAttrs(ap)
	attrs := *ap
	if t := s.Target(); t != "" {
		attrs = append(attrs, attribute.String(tracing.TargetKey, t))
	}
	for f := range s.Fields {
		attrs = appendAttr(attrs, "", &f)
	}
	*ap = attrs
	// s.Context() does not hold the mirror yet: OpenTelemetry finds the
	// parent's.
	_, m := b.tracer.Start(s.Context(), s.Name(), trace.WithTimestamp(s.StartTime()), trace.WithAttributes(attrs...))
	s.SetExtension(mirrorKey{}, m)
}

// RecordSpan sets the recorded fields as attributes of the mirror.
func (b *Subscriber) RecordSpan(s *tracing.Span, fields []tracing.Field) {
	m := mirror(s)
	if m == nil {
		return
	}
	ap := getAttrs()
	defer putAttrs(ap)
	for i := range fields {
		*ap = appendAttr(*ap, "", &fields[i])
	}
	m.SetAttributes(*ap...)
}

// EndSpan ends the mirror when s ends.
func (b *Subscriber) EndSpan(s *tracing.Span) {
	if m := mirror(s); m != nil {
		m.End(trace.WithTimestamp(s.StartTime().Add(s.Duration())))
	}
}

// Event adds e to the innermost OpenTelemetry span of ctx (the mirror
// of its innermost tracing span, or the program's own span) as a span
// event with the attributes "level", "target" and e's fields. An event
// at LevelError or above, or with an "error" field, also sets the span's
// status to Error with the message; an error in the "error" field is
// recorded with RecordError, whose "exception" event takes the place of
// the span event.
func (b *Subscriber) Event(ctx context.Context, e tracing.Event) {
	var m trace.Span
	if e.Span != nil && ctx == e.Span.Context() {
		m = mirror(e.Span) // the span's own context: its mirror is innermost
	}
	if m == nil {
		m = trace.SpanFromContext(ctx)
	}
	if !m.IsRecording() {
		return
	}
	ap := getAttrs()
	defer putAttrs(ap)
	attrs := append(*ap, levelAttr(e.Level))
	if e.Target != "" {
		attrs = append(attrs, attribute.String(tracing.TargetKey, e.Target))
	}
	var err error
	for i := range e.NumFields() {
		f := e.Field(i)
		if f.Key == tracing.ErrorKey && err == nil {
			if v := f.Value.Resolve(); v.Kind() == slog.KindAny {
				if fe, ok := v.Any().(error); ok && fe != nil {
					err = fe
				}
			}
		}
		attrs = appendAttr(attrs, "", &f)
	}
	if err != nil { // the exception event is named "exception": keep the message
		attrs = append(attrs, attribute.String(tracing.MessageKey, e.Message))
	}
	*ap = attrs
	var opts [2]trace.EventOption
	opts[0] = trace.WithAttributes(attrs...)
	opts[1] = trace.WithTimestamp(e.Time)
	if e.Time.IsZero() {
		opts[1] = trace.WithTimestamp(time.Now())
	}
	switch {
	case err != nil:
		m.RecordError(err, opts[:]...)
		m.SetStatus(codes.Error, e.Message)
	case e.Level >= tracing.LevelError:
		m.AddEvent(e.Message, opts[:]...)
		m.SetStatus(codes.Error, e.Message)
	default:
		m.AddEvent(e.Message, opts[:]...)
	}
}

// TraceContext returns the trace of ctx's innermost OpenTelemetry span
// (a mirror, or the program's own) and that span's ID.
func (b *Subscriber) TraceContext(ctx context.Context) (tracing.TraceID, tracing.SpanID, bool) {
	sc := trace.SpanContextFromContext(ctx)
	if !sc.IsValid() {
		return tracing.TraceID{}, 0, false
	}
	sid := sc.SpanID()
	return tracing.TraceID(sc.TraceID()), tracing.SpanID(binary.BigEndian.Uint64(sid[:])), true
}

// SpanValue answers OpenTelemetry's context key in the context of s
// with s's mirror, so that trace.SpanFromContext finds it.
func (b *Subscriber) SpanValue(s *tracing.Span, key any) (any, bool) {
	if p, _ := b.probe.Value(key).(*probe); p != probeSpan {
		return nil, false
	}
	m := mirror(s)
	return m, m != nil
}

// levelAttrs are the "level" attributes of the standard levels, from
// LevelTrace, 4 apart.
var levelAttrs = func() (a [5]attribute.KeyValue) {
	for i := range a {
		l := tracing.LevelTrace + tracing.Level(4*i)
		a[i] = attribute.String(tracing.LevelKey, tracing.LevelString(l))
	}
	return a
}()

// levelAttr returns the "level" attribute of l.
func levelAttr(l tracing.Level) attribute.KeyValue {
	if d := l - tracing.LevelTrace; d >= 0 && d%4 == 0 && int(d/4) < len(levelAttrs) {
		return levelAttrs[d/4]
	}
	return attribute.String(tracing.LevelKey, tracing.LevelString(l))
}

// attrPool holds the attribute slices of events and span starts.
var attrPool = sync.Pool{New: func() any { s := make([]attribute.KeyValue, 0, 16); return &s }}

func getAttrs() *[]attribute.KeyValue { return attrPool.Get().(*[]attribute.KeyValue) }

func putAttrs(p *[]attribute.KeyValue) {
	clear(*p)
	*p = (*p)[:0]
	attrPool.Put(p)
}

// appendAttr appends f as attributes: a group's members under
// "group.key", every other value as the attribute of its kind.
func appendAttr(attrs []attribute.KeyValue, prefix string, f *tracing.Field) []attribute.KeyValue {
	v := f.Value
	if v.Kind() == slog.KindLogValuer {
		v = v.Resolve()
	}
	key := f.Key
	if prefix != "" {
		key = prefix + "." + key
	}
	switch v.Kind() {
	case slog.KindGroup:
		p := prefix
		if f.Key != "" {
			p = key
		}
		for _, g := range v.Group() {
			attrs = appendAttr(attrs, p, &g)
		}
		return attrs
	case slog.KindString:
		return append(attrs, attribute.String(key, v.String()))
	case slog.KindInt64:
		return append(attrs, attribute.Int64(key, v.Int64()))
	case slog.KindUint64:
		if u := v.Uint64(); u <= math.MaxInt64 {
			return append(attrs, attribute.Int64(key, int64(u)))
		}
		return append(attrs, attribute.String(key, fmt.Sprint(v.Uint64())))
	case slog.KindFloat64:
		return append(attrs, attribute.Float64(key, v.Float64()))
	case slog.KindBool:
		return append(attrs, attribute.Bool(key, v.Bool()))
	case slog.KindDuration:
		return append(attrs, attribute.String(key, v.Duration().String()))
	case slog.KindTime:
		return append(attrs, attribute.String(key, v.Time().Format(time.RFC3339Nano)))
	}
	return append(attrs, attribute.String(key, anyString(v.Any())))
}

// anyString formats a value of no slog kind; a method that panics gives
// a "!PANIC" string, not a crash.
func anyString(x any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprintf("!PANIC: %v", r)
		}
	}()
	switch x := x.(type) {
	case nil:
		return "<nil>"
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprintf("%+v", x)
}
