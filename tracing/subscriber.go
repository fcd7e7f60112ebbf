package tracing

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

// A Subscriber records the spans and events of the program. It is Rust
// tracing's Subscriber (or tracing-subscriber's Layer) in Go form; the
// text and JSON subscribers of this package and NewSlogSubscriber are
// implementations.
//
// All methods may be called concurrently, from any goroutine, and must
// not block for long: they run inside the caller's event or span call.
// A method that panics does not crash the caller: the panic is recovered
// and reported once on standard error.
//
// Filtering is not a per-event method call: the subscriber describes
// what it wants with a Filter, which the runtime evaluates once per
// Target (and once per span start, for span directives) and caches.
// Events and spans that the filter rejects never reach the subscriber.
type Subscriber interface {
	// Filter returns the filter that decides which spans and events the
	// subscriber receives. A nil Filter records LevelInfo and above.
	// Filter is called by SetDefault and Rebuild; a subscriber whose
	// filter changes must call Rebuild after the change.
	Filter() *Filter

	// Event records an event. ctx is the context the event was emitted
	// with; e.Span is the innermost span of ctx (in a Tee, the innermost
	// that the subscriber was started in). e and its fields are
	// only valid during the call: use e.Clone to keep them.
	Event(ctx context.Context, e Event)

	// StartSpan records that s was started. s.Fields yields the fields
	// given to Start.
	StartSpan(s *Span)

	// RecordSpan records that fields were added to s by s.Record.
	// s.Fields already yields them.
	RecordSpan(s *Span, fields []Field)

	// EndSpan records that s ended; s.Duration() is its duration. It is
	// called once per span, and only for spans whose End was called.
	EndSpan(s *Span)
}

// A dispatch is an installed subscriber with its filter.
type dispatch struct {
	sub    Subscriber
	filter *Filter
	// guarded is set for the package's own text and JSON subscribers,
	// which recover every panic of the code they call out to (LogValue,
	// String, Error, MarshalJSON, the io.Writer) themselves: their events
	// skip the deferred recover of event, about 8% of a 3-field event.
	guarded bool
	// json is sub when it is a *JSONSubscriber, which events reach
	// through a direct call without an Event copy.
	json *JSONSubscriber
	// bridge is s, or the first subscriber of a Tee, that is a Bridge.
	bridge Bridge
}

func newDispatch(s Subscriber) *dispatch {
	d := &dispatch{sub: s, filter: s.Filter(), bridge: bridgeOf(s)}
	switch s := s.(type) {
	case *JSONSubscriber:
		d.guarded = true
		d.json = s
	case *TextSubscriber, *tee: // a tee guards each of its subscribers
		d.guarded = true
	}
	return d
}

// current is the installed subscriber; nil when none is installed.
var current atomic.Pointer[dispatch]

var (
	// installMu serialises installation and the registry of targets.
	installMu sync.Mutex
	// targets are all targets ever created; SetDefault recomputes their
	// cached levels.
	targets []*Target
	// generation counts installations and rebuilds.
	generation atomic.Uint64
)

// SetDefault installs s as the subscriber of every span and event; nil
// uninstalls the current one, after which events are dropped again.
// Spans started before keep reporting to the subscriber they started
// with. SetDefault recomputes the levels every Target has cached.
func SetDefault(s Subscriber) {
	installMu.Lock()
	defer installMu.Unlock()
	var d *dispatch
	if s != nil {
		d = newDispatch(s)
	}
	current.Store(d)
	rebuildLocked(d)
}

// Default returns the installed subscriber, or nil.
func Default() Subscriber {
	if d := current.Load(); d != nil {
		return d.sub
	}
	return nil
}

// Rebuild asks the installed subscriber for its Filter again and
// recomputes the levels cached in every Target, as Rust's
// callsite::rebuild_interest_cache does. It is for subscribers whose
// filter changes while the program runs (GO_LOG re-read on SIGHUP, a
// level raised from an admin endpoint): change what Filter returns, then
// call Rebuild; see the example. Unlike SetDefault(Default()), Rebuild
// cannot reinstall a subscriber that another goroutine has just replaced.
func Rebuild() {
	installMu.Lock()
	defer installMu.Unlock()
	d := current.Load()
	if d != nil {
		d = newDispatch(d.sub)
		current.Store(d)
	}
	rebuildLocked(d)
}

func rebuildLocked(d *dispatch) {
	generation.Add(1)
	for _, t := range targets {
		t.update(d)
	}
}

// panicReported makes a panicking subscriber be reported once.
var panicReported atomic.Bool

// recoverSubscriber is deferred around every call into a subscriber.
func recoverSubscriber(sub Subscriber, method string) {
	if r := recover(); r != nil {
		if panicReported.CompareAndSwap(false, true) {
			fmt.Fprintf(os.Stderr, "tracing: subscriber %T panicked in %s: %v (further panics are not reported)\n", sub, method, r)
		}
	}
}

// event takes e by pointer so that e is copied once, into the
// interface call, rather than twice.
func (d *dispatch) event(ctx context.Context, e *Event) {
	if d.guarded {
		d.sub.Event(ctx, *e)
		return
	}
	d.event2(ctx, e)
}

func (d *dispatch) event2(ctx context.Context, e *Event) {
	defer recoverSubscriber(d.sub, "Event")
	d.sub.Event(ctx, *e)
}

func (d *dispatch) startSpan(s *Span) {
	defer recoverSubscriber(d.sub, "StartSpan")
	d.sub.StartSpan(s)
}

func (d *dispatch) recordSpan(s *Span, fields []Field) {
	defer recoverSubscriber(d.sub, "RecordSpan")
	d.sub.RecordSpan(s, fields)
}

func (d *dispatch) endSpan(s *Span) {
	defer recoverSubscriber(d.sub, "EndSpan")
	d.sub.EndSpan(s)
}
