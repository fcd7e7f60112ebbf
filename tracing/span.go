package tracing

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// A SpanID identifies a span within the process. IDs start at 1 and are
// never reused; the zero SpanID belongs to no span.
//
// A SpanID is written the same way everywhere: as 16 lowercase
// hexadecimal digits, zero-padded ("000000000000002a"), the form of a W3C
// Trace Context span-id. String returns it; the JSON subscriber writes it
// as that string under "span_id", NewSlogSubscriber adds it as a string
// attribute "span_id", and MarshalText makes encoding/json, slog's
// handlers and the text subscriber render a SpanID field value in that
// form too. So a "span_id" key holds one kind of value in every output,
// whether the ID is this process's or, in a context with a trace, a W3C
// span-id. UnmarshalText parses the form back.
type SpanID uint64

// String returns id as 16 lowercase hexadecimal digits.
func (id SpanID) String() string {
	var b [16]byte
	return string(id.append(b[:0]))
}

// AppendText appends the 16 hexadecimal digits of id to b; it
// implements encoding.TextAppender.
func (id SpanID) AppendText(b []byte) ([]byte, error) { return id.append(b), nil }

// MarshalText returns the 16 hexadecimal digits of id; it implements
// encoding.TextMarshaler.
func (id SpanID) MarshalText() ([]byte, error) { return id.append(make([]byte, 0, 16)), nil }

// UnmarshalText sets id from the 16 hexadecimal digits of String (in
// either case); it implements encoding.TextUnmarshaler.
func (id *SpanID) UnmarshalText(text []byte) error {
	if len(text) != 16 {
		return fmt.Errorf("tracing: span ID %q is not 16 hexadecimal digits", text)
	}
	n, err := strconv.ParseUint(string(text), 16, 64)
	if err != nil {
		return fmt.Errorf("tracing: span ID %q is not 16 hexadecimal digits", text)
	}
	*id = SpanID(n)
	return nil
}

// append appends the 16 hexadecimal digits of id to b.
func (id SpanID) append(b []byte) []byte {
	for sh := 60; sh >= 0; sh -= 4 {
		b = append(b, hexDigits[uint64(id)>>sh&0xf])
	}
	return b
}

var lastSpanID atomic.Uint64

// A Span is a period of time in the program: handling a request, a
// query, a retry. Spans nest: a span started with a context that holds a
// span is its child, and every event emitted with a span's context is
// recorded inside it and all its ancestors.
//
// Start a span, pass on the context it returns, and end it:
//
//	ctx, span := tracing.Start(ctx, "process_request", tracing.String("id", id))
//	defer span.End()
//
// All methods are safe for concurrent use, and all are safe on a nil
// *Span, which is what Start returns when the span's level is disabled.
type Span struct {
	ctx      spanCtx // the context Start returns: same allocation
	id       SpanID
	name     string
	target   string
	level    Level
	parent   *Span // the span of the parent context, possibly hidden
	d        *dispatch
	gen      uint64
	start    time.Time
	hidden   bool   // carries a span directive's level but is not recorded
	sel      uint64 // the subscribers of a Tee that the span was started in
	override Level
	hasOver  bool

	ended atomic.Bool
	dur   atomic.Int64

	mu      sync.Mutex
	version atomic.Uint64
	fields  []Field // replaced, never modified, under mu
	front   [4]Field

	textFrag atomic.Pointer[frag]
	jsonFrag atomic.Pointer[frag]

	ext atomic.Pointer[extension] // SetExtension's values
}

// spanCtx is the context of a span. It lives inside the Span so that a
// span start costs one allocation.
type spanCtx struct {
	context.Context
	span *Span
}

type spanKey struct{}

func (c *spanCtx) Value(key any) any {
	if key == any(spanKey{}) {
		return c.span
	}
	if d := c.span.d; d != nil && d.bridge != nil {
		if v, ok := d.bridge.SpanValue(c.span, key); ok {
			return v
		}
	}
	return c.Context.Value(key)
}

func (c *spanCtx) String() string { return "tracing.span(" + c.span.name + ")" }

// rawSpanFromContext returns the innermost span of ctx, hidden or not.
func rawSpanFromContext(ctx context.Context) *Span {
	if ctx == nil {
		return nil
	}
	if c, ok := ctx.(*spanCtx); ok {
		return c.span
	}
	s, _ := ctx.Value(spanKey{}).(*Span)
	return s
}

// SpanFromContext returns the innermost span of ctx, or nil.
func SpanFromContext(ctx context.Context) *Span {
	s := rawSpanFromContext(ctx)
	for s != nil && s.hidden {
		s = s.parent
	}
	return s
}

// ContextWithSpan returns a copy of ctx whose span is s: events emitted
// with it are recorded inside s. It is the way to carry a span into a
// context that was not derived from the span's (use Go for goroutines).
// A nil s returns ctx.
func ContextWithSpan(ctx context.Context, s *Span) context.Context {
	if s == nil {
		return ctx
	}
	if ctx == nil {
		ctx = context.Background()
	}
	return &spanCtx{Context: ctx, span: s}
}

// Start starts a span at LevelInfo with the default target. It returns
// the span and a context holding it; pass the context on so that events
// and spans below are recorded inside the span. When LevelInfo is
// disabled, or no subscriber is installed, Start returns ctx unchanged
// and a nil *Span, whose methods do nothing: the events below then
// belong to the enclosing span, as with Rust's Span::or_current. (A span
// disabled by a span directive of its own, such as "[name]=off", also
// returns a nil *Span, but with a context that carries the directive's
// level to the events and spans inside it.)
func Start(ctx context.Context, name string, fields ...Field) (context.Context, *Span) {
	return std.StartLevel(ctx, LevelInfo, name, fields...)
}

// StartLevel is Start with a level.
func StartLevel(ctx context.Context, level Level, name string, fields ...Field) (context.Context, *Span) {
	return std.StartLevel(ctx, level, name, fields...)
}

// Start starts a span at LevelInfo; see the package function Start.
func (t *Target) Start(ctx context.Context, name string, fields ...Field) (context.Context, *Span) {
	return t.StartLevel(ctx, LevelInfo, name, fields...)
}

// StartLevel starts a span at level; see the package function Start.
func (t *Target) StartLevel(ctx context.Context, level Level, name string, fields ...Field) (context.Context, *Span) {
	level = min(level, LevelOff-1) // nothing passes an off filter
	if !t.enabled(ctx, level) && t.state.Load()&spansBit == 0 {
		return ctx, nil
	}
	return t.start(ctx, level, name, fields)
}

func (t *Target) start(ctx context.Context, level Level, name string, fields []Field) (context.Context, *Span) {
	d := current.Load()
	if d == nil {
		return ctx, nil
	}
	if ctx == nil {
		ctx = context.Background()
	}
	parent := rawSpanFromContext(ctx)
	enabled := t.enabled(ctx, level)
	own, hasOwn := Level(0), false
	if t.state.Load()&spansBit != 0 {
		own, hasOwn = d.filter.SpanLevel(t.name, name)
		if hasOwn {
			enabled = level >= own
		}
	}
	if !enabled && !hasOwn {
		return ctx, nil
	}
	s := &Span{
		name:   name,
		target: t.name,
		level:  level,
		parent: parent,
		d:      d,
		gen:    generation.Load(),
		hidden: !enabled,
	}
	s.ctx = spanCtx{Context: ctx, span: s}
	switch {
	case hasOwn:
		s.override, s.hasOver = own, true
	case parent.overrides():
		s.override, s.hasOver = parent.override, true
	}
	if !enabled {
		return &s.ctx, nil
	}
	s.id = SpanID(lastSpanID.Add(1))
	if len(fields) <= len(s.front) {
		s.fields = s.front[:copy(s.front[:], fields)]
	} else {
		s.fields = slices.Clone(fields)
	}
	s.start = now()
	d.startSpan(s)
	return &s.ctx, s
}

// overrides reports whether a span directive sets the level inside s.
func (s *Span) overrides() bool {
	return s != nil && s.hasOver && s.gen == generation.Load()
}

// End ends the span and records its duration. Only the first call has
// an effect. Events may still be emitted with the span's context after
// End; they are recorded inside the ended span.
func (s *Span) End() {
	if s == nil || !s.ended.CompareAndSwap(false, true) {
		return
	}
	s.dur.Store(int64(now().Sub(s.start)))
	s.d.endSpan(s)
}

// Record adds fields to the span, replacing fields with the same key.
// It is Rust's Span::record, for values known only after the span began:
//
//	ctx, span := tracing.Start(ctx, "fetch_data", tracing.String("id", id))
//	defer span.End()
//	...
//	span.Record(tracing.Int("bytes", n))
func (s *Span) Record(fields ...Field) {
	if s == nil || len(fields) == 0 {
		return
	}
	rec := slices.Clone(fields)
	s.mu.Lock()
	merged := make([]Field, len(s.fields), len(s.fields)+len(rec))
	copy(merged, s.fields)
	for _, f := range rec {
		i := slices.IndexFunc(merged, func(g Field) bool { return g.Key == f.Key })
		if i >= 0 {
			merged[i] = f
		} else {
			merged = append(merged, f)
		}
	}
	s.fields = merged
	s.version.Add(1)
	s.mu.Unlock()
	s.d.recordSpan(s, rec)
}

// ID returns the span's ID, or 0 for a nil span.
func (s *Span) ID() SpanID {
	if s == nil {
		return 0
	}
	return s.id
}

// Name returns the span's name.
func (s *Span) Name() string {
	if s == nil {
		return ""
	}
	return s.name
}

// Target returns the name of the span's target.
func (s *Span) Target() string {
	if s == nil {
		return ""
	}
	return s.target
}

// Level returns the span's level.
func (s *Span) Level() Level {
	if s == nil {
		return 0
	}
	return s.level
}

// Parent returns the span's parent, or nil for a root span.
func (s *Span) Parent() *Span {
	if s == nil {
		return nil
	}
	p := s.parent
	for p != nil && p.hidden {
		p = p.parent
	}
	return p
}

// Fields calls f on each of the span's fields, in order, until f
// returns false: the fields given to Start, then those added by Record
// (a recorded field that replaced one keeps its place). It has the shape
// of Event.Fields and slog.Record.Attrs, so both can be ranged over:
//
//	for f := range span.Fields { ... }
//
// Fields iterates over the fields as they were when it was called; f may
// call Record, which does not change what Fields visits.
func (s *Span) Fields(f func(Field) bool) {
	fs, _ := s.snapshot()
	for _, a := range fs {
		if !f(a) {
			return
		}
	}
}

// snapshot returns the span's fields, which must not be modified, and
// their version.
func (s *Span) snapshot() ([]Field, uint64) {
	if s == nil {
		return nil, 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fields, s.version.Load()
}

// StartTime returns when the span started.
func (s *Span) StartTime() time.Time {
	if s == nil {
		return time.Time{}
	}
	return s.start
}

// Duration returns the span's duration, or 0 until End is called.
func (s *Span) Duration() time.Duration {
	if s == nil {
		return 0
	}
	return time.Duration(s.dur.Load())
}

// Ended reports whether End was called.
func (s *Span) Ended() bool {
	return s != nil && s.ended.Load()
}

// A frag is a span's fields rendered by an encoder, for the version of
// the fields it was rendered from.
type frag struct {
	version uint64
	b       []byte
}

// rendered returns the span's fields rendered by render, cached in p
// until Record changes them.
func (s *Span) rendered(p *atomic.Pointer[frag], render func([]byte, *Span, []Field) []byte) []byte {
	v := s.version.Load()
	if f := p.Load(); f != nil && f.version == v {
		return f.b
	}
	fs, v := s.snapshot()
	b := render(nil, s, fs)
	p.Store(&frag{version: v, b: b})
	return b
}
