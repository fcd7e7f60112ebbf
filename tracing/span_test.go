package tracing

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestNilSpan(t *testing.T) {
	var s *Span
	s.End()
	s.End()
	s.Record(Int("a", 1))
	if s.ID() != 0 || s.Name() != "" || s.Target() != "" || s.Parent() != nil || slices.Collect(s.Fields) != nil ||
		s.Duration() != 0 || s.Ended() || !s.StartTime().IsZero() || s.Level() != 0 {
		t.Error("nil span methods return non-zero values")
	}
	if ctx := ContextWithSpan(context.Background(), nil); ctx != context.Background() {
		t.Error("ContextWithSpan(ctx, nil) != ctx")
	}
}

func TestStartWithoutSubscriber(t *testing.T) {
	ctx := context.Background()
	got, s := Start(ctx, "x", Int("a", 1))
	if s != nil || got != ctx {
		t.Errorf("Start without subscriber = %v, %v; want ctx, nil", got, s)
	}
}

func TestStartDisabledLevel(t *testing.T) {
	install(t, &capture{})
	ctx, root := Start(context.Background(), "root")
	got, s := StartLevel(ctx, LevelDebug, "debug-span")
	if s != nil || got != ctx {
		t.Fatalf("disabled span: got %v, %v; want the parent ctx and nil", got, s)
	}
	if SpanFromContext(got) != root {
		t.Error("events in a disabled span do not belong to the parent")
	}
	root.End()
}

func TestSpanLifecycle(t *testing.T) {
	c := &capture{}
	install(t, c)
	ctx, a := Start(context.Background(), "a", String("k", "v"))
	type key struct{}
	ctx = context.WithValue(ctx, key{}, 1)
	ctx, b := Start(ctx, "b")
	if ctx.Value(key{}) != 1 {
		t.Error("span context lost a value of its parent")
	}
	if SpanFromContext(ctx) != b || b.Parent() != a || a.Parent() != nil {
		t.Error("wrong span chain")
	}
	if a.ID() == 0 || b.ID() == 0 || a.ID() == b.ID() {
		t.Errorf("IDs %v, %v", a.ID(), b.ID())
	}
	if a.Name() != "a" || a.Level() != LevelInfo || a.Target() != "" || !a.StartTime().Equal(fixedTime) {
		t.Error("wrong span attributes")
	}
	b.Record(Int("n", 1))
	b.Record(Int("n", 2), Bool("ok", true))
	if got, want := slices.Collect(b.Fields), []Field{Int("n", 2), Bool("ok", true)}; !reflect.DeepEqual(got, want) {
		t.Errorf("Fields = %v, want %v", got, want)
	}
	now = func() time.Time { return fixedTime.Add(time.Second) }
	b.End()
	b.End()
	if !b.Ended() || b.Duration() != time.Second || a.Ended() {
		t.Errorf("End: ended=%v duration=%v", b.Ended(), b.Duration())
	}
	Info(ctx, "after end") // still inside b
	a.End()
	if len(c.starts) != 2 || len(c.ends) != 2 || c.ends[0] != b || len(c.recs) != 2 {
		t.Errorf("subscriber saw %d starts, %d ends, %d records", len(c.starts), len(c.ends), len(c.recs))
	}
	if !reflect.DeepEqual(c.recs[1], []Field{Int("n", 2), Bool("ok", true)}) {
		t.Errorf("RecordSpan got %v", c.recs[1])
	}
	if c.events[0].Span != b {
		t.Error("event after End not in the span")
	}
}

func TestContextWithSpan(t *testing.T) {
	c := &capture{}
	install(t, c)
	_, s := Start(context.Background(), "s")
	defer s.End()
	ctx := ContextWithSpan(context.Background(), s)
	Info(ctx, "m")
	if SpanFromContext(ctx) != s || c.events[0].Span != s {
		t.Error("ContextWithSpan does not carry the span")
	}
	if SpanFromContext(nil) != nil { //nolint:staticcheck // nil is tolerated
		t.Error("SpanFromContext(nil) != nil")
	}
}

func TestSpanIDString(t *testing.T) {
	if got := SpanID(0x2a).String(); got != "000000000000002a" {
		t.Errorf("SpanID(42).String() = %q", got)
	}
}

func TestSpanFields(t *testing.T) {
	install(t, &capture{})
	_, s := Start(context.Background(), "s", Int("a", 0), Int("b", 1), Int("c", 2))
	defer s.End()
	s.Record(Int("b", 10), Int("d", 3))
	var keys string
	for f := range s.Fields { // the same shape as Event.Fields: an iterator
		keys += f.Key
		if f.Key == "b" {
			if f.Value.Int64() != 10 {
				t.Errorf("b = %v, want the recorded 10", f.Value)
			}
			s.Record(Int("e", 4)) // does not change this iteration
		}
	}
	if keys != "abcd" {
		t.Errorf("Fields visited %q, want abcd (a replaced field keeps its place)", keys)
	}
	keys = ""
	s.Fields(func(f Field) bool { keys += f.Key; return f.Key != "b" })
	if keys != "ab" {
		t.Errorf("Fields did not stop when f returned false: visited %q", keys)
	}
	if got := len(slices.Collect(s.Fields)); got != 5 {
		t.Errorf("after Record(e): %d fields, want 5", got)
	}
}

func TestEventFields(t *testing.T) {
	e := NewEvent(fixedTime, LevelInfo, "m", Int("a", 0), Int("b", 1), Int("c", 2), Int("d", 3), Int("e", 4), Int("f", 5), Int("g", 6))
	if e.NumFields() != 7 || e.Field(6).Key != "g" || e.Field(2).Key != "c" {
		t.Fatalf("NumFields=%d", e.NumFields())
	}
	var keys string
	e.Fields(func(f Field) bool { keys += f.Key; return f.Key != "f" })
	if keys != "abcdef" {
		t.Errorf("Fields visited %q", keys)
	}
	if got := slices.Collect(e.Fields); len(got) != 7 || got[6].Key != "g" {
		t.Errorf("range over Fields: %v", got)
	}
	c := e.Clone()
	c.AddFields(Int("h", 7))
	e.AddFields(Int("x", 7))
	if c.Field(7).Key != "h" || e.Field(7).Key != "x" {
		t.Error("Clone shares storage")
	}
}
