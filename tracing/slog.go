package tracing

import (
	"context"
	"log/slog"
	"slices"
)

// SlogHandlerOptions configure NewSlogHandler.
type SlogHandlerOptions struct {
	// Target is the target of the events the handler emits; nil means
	// the default target.
	Target *Target
}

// NewSlogHandler returns a slog.Handler that turns slog records into
// tracing events of the installed subscriber. The span of the context
// given to the handler becomes the event's span, so that
//
//	slog.InfoContext(ctx, "Fetching user", "user_id", id)
//
// is recorded inside the span of ctx, like tracing.Info. Attributes and
// groups from Logger.With and WithGroup become the event's first fields
// (groups as nested Group fields). Records are filtered by the target's
// cached levels, as tracing's own events are.
//
// Do not install it in the slog.Handler of NewSlogSubscriber: events
// would go round in circles.
func NewSlogHandler(opts *SlogHandlerOptions) slog.Handler {
	h := &slogHandler{t: &std}
	if opts != nil && opts.Target != nil {
		h.t = opts.Target
	}
	return h
}

type slogHandler struct {
	t    *Target
	goas []groupOrAttrs // from WithGroup and WithAttrs, in order
}

// groupOrAttrs is a group name or a list of attributes.
type groupOrAttrs struct {
	group string
	attrs []slog.Attr
}

func (h *slogHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.t.Enabled(ctx, l)
}

func (h *slogHandler) WithAttrs(as []slog.Attr) slog.Handler {
	if len(as) == 0 {
		return h
	}
	return &slogHandler{t: h.t, goas: append(slices.Clip(h.goas), groupOrAttrs{attrs: slices.Clone(as)})}
}

func (h *slogHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	return &slogHandler{t: h.t, goas: append(slices.Clip(h.goas), groupOrAttrs{group: name})}
}

func (h *slogHandler) Handle(ctx context.Context, r slog.Record) error {
	d := current.Load()
	if d == nil {
		return nil
	}
	var e Event
	e.Time = r.Time
	e.Level = r.Level
	e.Message = r.Message
	e.Target = h.t.name
	e.Span = SpanFromContext(ctx)
	if len(h.goas) == 0 {
		r.Attrs(func(a slog.Attr) bool {
			e.AddFields(a)
			return true
		})
	} else {
		attrs := make([]slog.Attr, 0, r.NumAttrs())
		r.Attrs(func(a slog.Attr) bool {
			attrs = append(attrs, a)
			return true
		})
		for _, g := range slices.Backward(h.goas) {
			if g.group != "" {
				attrs = []slog.Attr{Group(g.group, attrs...)}
			} else {
				attrs = append(slices.Clip(g.attrs), attrs...)
			}
		}
		e.AddFields(attrs...)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	d.event(ctx, &e)
	return nil
}

// A SlogSubscriber is a Subscriber that writes events into a
// slog.Handler, for programs whose logs already go through slog.
//
// Each event becomes a slog.Record with the event's time, level, message
// and fields, followed, inside a span, by the attributes "span" (the
// innermost span's name), "span_id" (its ID as a string, see SpanID) and
// "spans": a group holding, for each span from the root that has fields,
// a group named after the span with its fields. With slog's TextHandler
// an event in process_request{id="req-1"} ends in
// "span=process_request span_id=0000000000000002 spans.process_request.id=req-1".
// When the event's context carries a trace (see Bridge), "trace_id" and
// "span_id" are that trace's, in W3C form, inside a span or not.
// An event of a named target gets a "target" attribute first.
// Span starts and ends are not written.
type SlogSubscriber struct {
	h      slog.Handler
	filter *Filter
}

// NewSlogSubscriber returns a subscriber that writes into h, filtered by
// LevelInfo and by h.Enabled; use WithFilter for another filter.
func NewSlogSubscriber(h slog.Handler) *SlogSubscriber {
	return &SlogSubscriber{h: h}
}

// WithFilter returns a copy of s that uses f.
func (s *SlogSubscriber) WithFilter(f *Filter) *SlogSubscriber {
	return &SlogSubscriber{h: s.h, filter: f}
}

// Filter returns the subscriber's filter.
func (s *SlogSubscriber) Filter() *Filter { return s.filter }

// Event writes e into the handler, if the handler is enabled for it.
func (s *SlogSubscriber) Event(ctx context.Context, e Event) {
	if ctx == nil {
		ctx = context.Background()
	}
	if !s.h.Enabled(ctx, e.Level) {
		return
	}
	r := slog.NewRecord(e.Time, e.Level, e.Message, 0)
	if e.Target != "" {
		r.AddAttrs(slog.String(TargetKey, e.Target))
	}
	e.Fields(func(a Field) bool {
		r.AddAttrs(a)
		return true
	})
	tr := traceOf(ctx)
	if sp := e.Span; sp != nil {
		var spans []slog.Attr
		for p := sp; p != nil; p = e.view.parent(p) {
			if fs, _ := p.snapshot(); len(fs) > 0 {
				spans = append(spans, Group(p.name, fs...))
			}
		}
		slices.Reverse(spans)
		r.AddAttrs(slog.String(SpanKey, sp.name))
		if tr.ok {
			r.AddAttrs(slog.String(TraceIDKey, tr.trace.String()), slog.String(SpanIDKey, tr.span.String()))
		} else {
			r.AddAttrs(slog.String(SpanIDKey, sp.id.String()))
		}
		if len(spans) > 0 {
			r.AddAttrs(Group(SpansKey, spans...))
		}
	} else if tr.ok {
		r.AddAttrs(slog.String(TraceIDKey, tr.trace.String()), slog.String(SpanIDKey, tr.span.String()))
	}
	s.h.Handle(ctx, r) //nolint:errcheck // nowhere to report it
}

// StartSpan does nothing.
func (s *SlogSubscriber) StartSpan(*Span) {}

// RecordSpan does nothing.
func (s *SlogSubscriber) RecordSpan(*Span, []Field) {}

// EndSpan does nothing.
func (s *SlogSubscriber) EndSpan(*Span) {}
