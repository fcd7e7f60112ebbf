package tracing

import (
	"context"
	"fmt"
	"sync/atomic"
)

// maxTee is the number of subscribers a Tee holds: a span records which
// of them it was started in with one bit each.
const maxTee = 64

// Tee returns a subscriber that records every span and event in each of
// subs whose own Filter accepts it, as Rust's tracing-subscriber layers
// each with a per-layer filter, or zap's NewTee: text on standard error
// at info and JSON to a file at debug, or an exporter beside them.
//
//	tracing.SetDefault(tracing.Tee(
//		tracing.NewTextSubscriber(os.Stderr, &tracing.Options{Filter: info}),
//		tracing.NewJSONSubscriber(file, &tracing.Options{Filter: debug}),
//	))
//
// The Tee's Filter is the union of theirs, so an event that every one of
// them rejects is still dropped by one atomic load and a comparison. A
// span is started in the subscribers whose filter accepts it, and only
// those see it recorded and ended; an event goes to those whose filter
// accepts it in its span. A subscriber that panics is reported once and
// does not keep the event from the others. Each subscriber sees the
// spans it was started in: the span of an event, and the chain that the
// text, JSON and slog subscribers write, leave out the spans that its
// own filter rejected, as tracing-subscriber's per-layer filters do.
//
// Nil subscribers are left out; Tee of none is nil, and Tee of one is
// that one. A Tee among subs is flattened into its subscribers. Tee
// panics if that leaves more than 64. A subscriber whose filter changes
// calls Rebuild, as when it is installed alone.
func Tee(subs ...Subscriber) Subscriber {
	var kept []Subscriber
	for _, s := range subs {
		switch s := s.(type) {
		case nil:
		case *tee:
			kept = append(kept, s.subs...)
		default:
			kept = append(kept, s)
		}
	}
	switch {
	case len(kept) == 0:
		return nil
	case len(kept) == 1:
		return kept[0]
	case len(kept) > maxTee:
		panic(fmt.Sprintf("tracing: Tee of %d subscribers; at most %d", len(kept), maxTee))
	}
	t := &tee{subs: kept}
	t.refresh()
	return t
}

// A tee is the subscriber Tee returns.
type tee struct {
	subs  []Subscriber
	state atomic.Pointer[teeState]
}

// teeState is what a tee's Filter call took from its subscribers.
type teeState struct {
	ds     []*dispatch // one per subscriber, with its filter
	filter *Filter     // their union
}

// refresh asks every subscriber for its filter again.
func (t *tee) refresh() *teeState {
	st := &teeState{ds: make([]*dispatch, len(t.subs))}
	fs := make([]*Filter, len(t.subs))
	for i, s := range t.subs {
		st.ds[i] = newDispatch(s)
		fs[i] = st.ds[i].filter
	}
	st.filter = union(fs)
	t.state.Store(st)
	return st
}

// Filter returns the union of the subscribers' filters, asking each for
// its filter again (SetDefault and Rebuild call it).
func (t *tee) Filter() *Filter { return t.refresh().filter }

// Event hands e to each subscriber whose filter records it in the span
// of ctx.
func (t *tee) Event(ctx context.Context, e Event) {
	st := t.state.Load()
	raw := rawSpanFromContext(ctx)
	inner := e.Span
	for i, d := range st.ds {
		if e.Level >= d.filter.eventLevel(e.Target, raw) {
			e.view = teeView{t, 1 << i}
			e.Span = e.view.innermost(inner)
			d.event(ctx, &e)
		}
	}
}

// A teeView is what one subscriber of a Tee sees of the spans: those it
// was started in (spans of other installations, it sees all).
type teeView struct {
	t   *tee
	bit uint64
}

func (v teeView) shows(s *Span) bool {
	return v.t == nil || s.d == nil || s.d.sub != Subscriber(v.t) || s.sel&v.bit != 0
}

// parent returns the parent of s that v shows.
func (v teeView) parent(s *Span) *Span {
	p := s.Parent()
	for p != nil && !v.shows(p) {
		p = p.Parent()
	}
	return p
}

// innermost returns s, or its innermost ancestor, that v shows.
func (v teeView) innermost(s *Span) *Span {
	for s != nil && !v.shows(s) {
		s = s.Parent()
	}
	return s
}

// StartSpan starts s in each subscriber whose filter records it, and
// remembers which.
func (t *tee) StartSpan(s *Span) {
	st := t.state.Load()
	var sel uint64
	for i, d := range st.ds {
		if d.filter.spanEnabled(s) {
			sel |= 1 << i
		}
	}
	s.sel = sel
	// Bridges first, so that the others see the span's trace (a "new"
	// line carries the mirror's span ID, not the parent's).
	for _, bridges := range [2]bool{true, false} {
		for i, d := range st.ds {
			if sel&(1<<i) != 0 && (d.bridge != nil) == bridges {
				d.startSpan(s)
			}
		}
	}
}

// RecordSpan hands the fields to the subscribers s was started in.
func (t *tee) RecordSpan(s *Span, fields []Field) {
	for i, d := range t.state.Load().ds {
		if s.sel&(1<<i) != 0 {
			d.recordSpan(s, fields)
		}
	}
}

// EndSpan ends s in the subscribers it was started in.
func (t *tee) EndSpan(s *Span) {
	for i, d := range t.state.Load().ds {
		if s.sel&(1<<i) != 0 {
			d.endSpan(s)
		}
	}
}
