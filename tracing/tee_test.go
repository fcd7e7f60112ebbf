package tracing

import (
	"context"
	"io"
	"slices"
	"strings"
	"testing"
)

func mustFilter(t testing.TB, s string) *Filter {
	t.Helper()
	f, err := ParseFilter(s)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func names(spans []*Span) []string {
	var ns []string
	for _, s := range spans {
		ns = append(ns, s.Name())
	}
	return ns
}

func TestTeeFilters(t *testing.T) {
	info := &capture{filter: mustFilter(t, "info")}
	debug := &capture{filter: mustFilter(t, "warn,acme/db=debug")}
	install(t, Tee(info, debug))
	ctx := context.Background()
	db := NewTarget("acme/db")

	Debug(ctx, "debug default") // neither
	Info(ctx, "info default")   // info only
	db.Debug(ctx, "debug db")   // debug only
	db.Info(ctx, "info db")     // both
	Warn(ctx, "warn default")   // both
	db.Trace(ctx, "trace db")   // neither
	if got, want := info.messages(), []string{"info default", "info db", "warn default"}; !slices.Equal(got, want) {
		t.Errorf("info subscriber got %q, want %q", got, want)
	}
	if got, want := debug.messages(), []string{"debug db", "info db", "warn default"}; !slices.Equal(got, want) {
		t.Errorf("debug subscriber got %q, want %q", got, want)
	}
	if Enabled(ctx, LevelDebug) {
		t.Error("Enabled(debug) with no filter recording debug for the default target")
	}
	if !db.Enabled(ctx, LevelDebug) {
		t.Error("acme/db debug disabled, though one subscriber records it")
	}
}

func TestTeeSpans(t *testing.T) {
	info := &capture{filter: mustFilter(t, "info")}
	debug := &capture{filter: mustFilter(t, "debug")}
	install(t, Tee(info, debug))
	ctx := context.Background()

	ctx, outer := Start(ctx, "outer")
	inner, detail := StartLevel(ctx, LevelDebug, "detail")
	detail.Record(Int("n", 1))
	Info(inner, "inside detail")
	detail.End()
	outer.End()

	if got, want := names(info.starts), []string{"outer"}; !slices.Equal(got, want) {
		t.Errorf("info subscriber started %q, want %q", got, want)
	}
	if got, want := names(info.ends), []string{"outer"}; !slices.Equal(got, want) {
		t.Errorf("info subscriber ended %q, want %q", got, want)
	}
	if len(info.recs) != 0 {
		t.Errorf("info subscriber got %d records of a span it never started", len(info.recs))
	}
	if got, want := names(debug.starts), []string{"outer", "detail"}; !slices.Equal(got, want) {
		t.Errorf("debug subscriber started %q, want %q", got, want)
	}
	if got, want := names(debug.ends), []string{"detail", "outer"}; !slices.Equal(got, want) {
		t.Errorf("debug subscriber ended %q, want %q", got, want)
	}
	if len(debug.recs) != 1 {
		t.Errorf("debug subscriber got %d records, want 1", len(debug.recs))
	}
	// The event inside the debug span is an info event: both record it.
	if len(info.events) != 1 || len(debug.events) != 1 {
		t.Errorf("the info event inside a debug span reached %d and %d subscribers' records, want 1 and 1", len(info.events), len(debug.events))
	}
}

// TestTeeSpanDirectives: a span directive of one subscriber sets the
// level inside the span for it alone.
func TestTeeSpanDirectives(t *testing.T) {
	loud := &capture{filter: mustFilter(t, "info,[query]=trace")}
	quiet := &capture{filter: mustFilter(t, "warn")}
	install(t, Tee(loud, quiet))
	ctx, q := Start(context.Background(), "query")
	Debug(ctx, "debug in query")
	Warn(ctx, "warn in query")
	q.End()
	Debug(context.Background(), "debug outside")

	if got, want := loud.messages(), []string{"debug in query", "warn in query"}; !slices.Equal(got, want) {
		t.Errorf("loud got %q, want %q", got, want)
	}
	if got, want := quiet.messages(), []string{"warn in query"}; !slices.Equal(got, want) {
		t.Errorf("quiet got %q, want %q", got, want)
	}
	if len(quiet.starts) != 0 {
		t.Errorf("quiet (warn) started the info span %q", names(quiet.starts))
	}
}

func TestTeePanickingSubscriber(t *testing.T) {
	c := &capture{}
	install(t, Tee(&panickingSubscriber{}, c))
	ctx, s := Start(context.Background(), "s")
	Info(ctx, "after the panic")
	s.End()
	if got := c.messages(); !slices.Equal(got, []string{"after the panic"}) {
		t.Errorf("the second subscriber got %q", got)
	}
	if len(c.starts) != 1 || len(c.ends) != 1 {
		t.Errorf("the second subscriber started %d and ended %d spans, want 1 and 1", len(c.starts), len(c.ends))
	}
}

func TestTeeRebuild(t *testing.T) {
	a := &capture{filter: mustFilter(t, "info")}
	b := &capture{filter: mustFilter(t, "error")}
	install(t, Tee(a, b))
	ctx := context.Background()
	Debug(ctx, "before")
	b.filter = mustFilter(t, "debug")
	Rebuild()
	Debug(ctx, "after")
	if got := a.messages(); len(got) != 0 {
		t.Errorf("a (info) got %q", got)
	}
	if got := b.messages(); !slices.Equal(got, []string{"after"}) {
		t.Errorf("b got %q, want the event after its filter changed", got)
	}
}

func TestTeeShapes(t *testing.T) {
	a, b, c := &capture{}, &capture{}, &capture{}
	if Tee() != nil || Tee(nil, nil) != nil {
		t.Error("Tee of no subscriber is not nil")
	}
	if Tee(nil, a) != Subscriber(a) {
		t.Error("Tee of one subscriber is not that subscriber")
	}
	if got := Tee(Tee(a, b), c).(*tee).subs; len(got) != 3 {
		t.Errorf("nested Tee has %d subscribers, want 3 (flattened)", len(got))
	}
	many := make([]Subscriber, maxTee+1)
	for i := range many {
		many[i] = &capture{}
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "at most 64") {
			t.Errorf("Tee of 65: recovered %v, want a panic naming the limit", r)
		}
	}()
	Tee(many...)
}

// TestTeeUnion checks the union filter against its parts on the
// targets and spans the parts name.
func TestTeeUnion(t *testing.T) {
	fs := []*Filter{
		mustFilter(t, "warn,acme=debug,acme/db=error,[q]=trace"),
		mustFilter(t, "info,acme/db/pool=trace,web[h]=off"),
		nil,
	}
	u := union(fs)
	for _, target := range []string{"", "acme", "acme/db", "acme/db/pool", "acme/db/pool/x", "acme/web", "web", "other"} {
		want := LevelOff
		for _, f := range fs {
			want = min(want, f.Level(target))
		}
		if got := u.Level(target); got != want {
			t.Errorf("union.Level(%q) = %v, want %v (%s)", target, got, want, u)
		}
	}
	if l, ok := u.SpanLevel("acme", "q"); !ok || l > LevelTrace {
		t.Errorf("union.SpanLevel(acme, q) = %v, %v; want trace", l, ok)
	}
	if l, ok := u.SpanLevel("web", "h"); !ok || l > LevelInfo {
		t.Errorf("union.SpanLevel(web, h) = %v, %v; want at most info (the nil filter's level)", l, ok)
	}
}

func TestAllocsTee(t *testing.T) {
	install(t, Tee(NewJSONSubscriber(io.Discard, nil), NewTextSubscriber(io.Discard, &Options{Filter: mustFilter(t, "warn")})))
	ctx := context.Background()
	if n := allocs(t, func() { Debug(ctx, "disabled in both", String("a", "x"), Int("b", 1)) }); n != 0 {
		t.Errorf("an event both reject allocates %v times", n)
	}
	if n := allocs(t, func() { Info(ctx, "enabled in one", String("a", "x"), Int("b", 1)) }); n != 0 {
		t.Errorf("an event one records allocates %v times", n)
	}
	if n := allocs(t, func() { Warn(ctx, "enabled in both", String("a", "x"), Int("b", 1)) }); n != 0 {
		t.Errorf("an event both record allocates %v times", n)
	}
}

// TestTeeSpanChains: a span that a subscriber's filter left out is not in
// the span chain of its lines, as with tracing-subscriber's per-layer
// filters.
func TestTeeSpanChains(t *testing.T) {
	var text, js syncBuffer
	debug := &capture{filter: mustFilter(t, "debug")}
	install(t, Tee(
		NewTextSubscriber(&text, &Options{OmitTime: true, Color: ColorNever}),
		NewJSONSubscriber(&js, &Options{OmitTime: true}),
		debug,
	))
	ctx, outer := Start(context.Background(), "outer")
	dctx, detail := StartLevel(ctx, LevelDebug, "detail")
	ictx, inner := Start(dctx, "inner")
	Info(dctx, "in detail")
	Info(ictx, "in inner")
	inner.End()
	detail.End()
	outer.End()
	if want := " INFO outer: in detail\n INFO outer:inner: in inner\n"; text.String() != want {
		t.Errorf("text lines:\n%s\nwant\n%s", text.String(), want)
	}
	lines := js.Lines()
	if len(lines) != 2 || !strings.Contains(lines[0], `"span":{"name":"outer"},"spans":[{"name":"outer"}]`) ||
		!strings.Contains(lines[1], `"span":{"name":"inner"},"spans":[{"name":"outer"},{"name":"inner"}]`) ||
		!strings.Contains(lines[0], `"span_id":"`+outer.ID().String()+`"`) {
		t.Errorf("JSON lines name the debug span they left out:\n%s", js.String())
	}
	if got := debug.events; len(got) != 2 || got[0].Span != detail || got[1].Span != inner {
		t.Errorf("the debug subscriber's events are not in detail and inner")
	}
}
