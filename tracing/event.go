package tracing

import (
	"context"
	"slices"
	"sync"
	"time"
)

// nFront is the number of fields an Event holds without allocation. As
// in slog.Record, five covers the great majority of calls.
const nFront = 5

// An Event is what a Subscriber receives for one event: the time, level,
// message, target and span of the call, and its fields.
//
// An Event is passed by value and its fields may live in storage the
// runtime reuses after Subscriber.Event returns: use Clone to keep one.
//
// The zero Event has no fields. To make one, for instance to test a
// Subscriber, set the exported fields and call AddFields:
//
//	e := tracing.Event{Time: time.Now(), Level: tracing.LevelInfo, Message: "m"}
//	e.AddFields(tracing.Int("n", 1))
type Event struct {
	// Time is when the event was emitted; zero if unknown (an event made
	// from a slog.Record without a time), in which case subscribers omit it.
	Time time.Time
	// Level is the event's level.
	Level Level
	// Message is the event's message.
	Message string
	// Target is the name of the event's target; empty for the default.
	Target string
	// Span is the innermost span of the event's context, or nil.
	Span *Span

	front  [nFront]Field
	nFront int
	back   []Field
	view   teeView // the spans a Tee's subscriber sees
}

// NumFields returns the number of fields of e.
func (e *Event) NumFields() int { return e.nFront + len(e.back) }

// Fields calls f on each field of e, in order, until f returns false,
// as slog.Record.Attrs does; Span.Fields has the same shape. The method
// value is an iterator: for f := range e.Fields { ... }.
func (e *Event) Fields(f func(Field) bool) {
	for i := 0; i < e.nFront; i++ {
		if !f(e.front[i]) {
			return
		}
	}
	for _, a := range e.back {
		if !f(a) {
			return
		}
	}
}

// Field returns the i'th field of e.
func (e *Event) Field(i int) Field {
	if i < e.nFront {
		return e.front[i]
	}
	return e.back[i-e.nFront]
}

// AddFields appends fields to e.
func (e *Event) AddFields(fields ...Field) {
	n := copy(e.front[e.nFront:], fields)
	e.nFront += n
	if n < len(fields) {
		e.back = append(slices.Clip(e.back), fields[n:]...)
	}
}

// Clone returns a copy of e that shares no mutable storage with it.
func (e Event) Clone() Event {
	e.back = slices.Clone(e.back)
	return e
}

// backPool holds the overflow storage of events with more than nFront
// fields, so that large events do not allocate either.
var backPool = sync.Pool{New: func() any { s := make([]Field, 0, 16); return &s }}

// now is time.Now; tests replace it.
var now = time.Now

// emit builds the event and hands it to the installed subscriber. It
// copies fields, so the caller's variadic slice never escapes.
func (t *Target) emit(ctx context.Context, level Level, msg string, fields []Field) {
	d := current.Load()
	if d == nil {
		return
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if d.json != nil {
		d.json.emit(ctx, now(), level, t.name, msg, fields)
		return
	}
	var e Event
	e.Time = now()
	e.Level = level
	e.Message = msg
	e.Target = t.name
	e.Span = SpanFromContext(ctx)
	n := copy(e.front[:], fields)
	e.nFront = n
	var bp *[]Field
	if n < len(fields) {
		bp = backPool.Get().(*[]Field)
		e.back = append((*bp)[:0], fields[n:]...)
	}
	d.event(ctx, &e)
	if bp != nil {
		clear(e.back)
		*bp = e.back[:0]
		backPool.Put(bp)
	}
}

// Trace records an event at LevelTrace with the default target.
func Trace(ctx context.Context, msg string, fields ...Field) {
	if std.lox.Load() <= uint32(bias+LevelTrace) { // std.maybe(LevelTrace), inlined
		std.log(ctx, LevelTrace, msg, fields)
	}
}

// Debug records an event at LevelDebug with the default target.
func Debug(ctx context.Context, msg string, fields ...Field) {
	if std.lox.Load() <= uint32(bias+LevelDebug) { // std.maybe(LevelDebug), inlined
		std.log(ctx, LevelDebug, msg, fields)
	}
}

// Info records an event at LevelInfo with the default target:
//
//	tracing.Info(ctx, "Fetching user", tracing.Int("user_id", id))
//
// The message should be a constant: put the values into fields, where
// they can be queried.
func Info(ctx context.Context, msg string, fields ...Field) {
	if std.lox.Load() <= uint32(bias+LevelInfo) { // std.maybe(LevelInfo), inlined
		std.log(ctx, LevelInfo, msg, fields)
	}
}

// Warn records an event at LevelWarn with the default target.
func Warn(ctx context.Context, msg string, fields ...Field) {
	if std.lox.Load() <= uint32(bias+LevelWarn) { // std.maybe(LevelWarn), inlined
		std.log(ctx, LevelWarn, msg, fields)
	}
}

// Error records an event at LevelError with the default target.
func Error(ctx context.Context, msg string, fields ...Field) {
	if std.lox.Load() <= uint32(bias+LevelError) { // std.maybe(LevelError), inlined
		std.log(ctx, LevelError, msg, fields)
	}
}

// Log records an event at level with the default target.
func Log(ctx context.Context, level Level, msg string, fields ...Field) {
	if std.maybe(level) {
		std.log(ctx, level, msg, fields)
	}
}

// Enabled reports whether an event of level in ctx would be recorded
// with the default target.
func Enabled(ctx context.Context, level Level) bool {
	return std.maybe(level) && std.enabledInstalled(ctx, level)
}
