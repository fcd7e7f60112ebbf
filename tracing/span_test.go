package tracing

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
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
	for id, want := range map[SpanID]string{
		0:                  "0000000000000000",
		0x2a:               "000000000000002a",
		0xfedcba9876543210: "fedcba9876543210",
	} {
		if got := id.String(); got != want {
			t.Errorf("SpanID(%#x).String() = %q, want %q", uint64(id), got, want)
		}
		if got, err := id.MarshalText(); string(got) != want || err != nil {
			t.Errorf("SpanID(%#x).MarshalText() = %q, %v", uint64(id), got, err)
		}
		if got, err := id.AppendText([]byte("x")); string(got) != "x"+want || err != nil {
			t.Errorf("SpanID(%#x).AppendText(x) = %q, %v", uint64(id), got, err)
		}
		var back SpanID
		if err := back.UnmarshalText([]byte(want)); err != nil || back != id {
			t.Errorf("UnmarshalText(%q) = %#x, %v", want, uint64(back), err)
		}
	}
	for _, bad := range []string{"", "2a", "000000000000002g", "0x0000000000002a", "+00000000000002a", "00000000000000002a"} {
		var id SpanID
		if err := id.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) = %#x, want an error", bad, uint64(id))
		}
	}
}

// TestSpanIDRendering checks that every output writes a span ID exactly
// as SpanID.String does: the JSON subscriber's span_id, the slog
// subscriber's span_id (with slog's text and JSON handlers), and a SpanID
// given as a field value to each of them and to the text subscriber.
func TestSpanIDRendering(t *testing.T) {
	if lastSpanID.Load() < 0xabc-1 { // an ID with letters, which decimal would not write
		lastSpanID.Store(0xabc - 1)
	}
	emit := func() SpanID {
		t.Helper()
		ctx, s := Start(context.Background(), "s")
		defer s.End()
		Info(ctx, "m", Any("parent_id", s.ID()))
		return s.ID()
	}

	text := textOutput(t, Options{OmitTime: true})
	id := emit()
	if got, want := text.String(), " INFO s: m parent_id=\""+id.String()+"\"\n"; got != want {
		t.Errorf("text: got %q, want %q", got, want)
	}

	js := jsonOutput(t, Options{OmitTime: true})
	id = emit()
	if got, want := js.String(), `{"level":"INFO","msg":"m","parent_id":"`+id.String()+`","span":{"name":"s"},"spans":[{"name":"s"}],"span_id":"`+id.String()+"\"}\n"; got != want {
		t.Errorf("json: got %q, want %q", got, want)
	}
	var rec struct { // the form reads back into a SpanID
		SpanID   SpanID `json:"span_id"`
		ParentID SpanID `json:"parent_id"`
	}
	if err := json.Unmarshal([]byte(js.String()), &rec); err != nil || rec.SpanID != id || rec.ParentID != id {
		t.Errorf("json: decoded %+v, %v; want both %s", rec, err, id)
	}

	var buf bytes.Buffer
	noTime := &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr { return omitTime(a) }}
	install(t, NewSlogSubscriber(slog.NewTextHandler(&buf, noTime)))
	id = emit()
	if got, want := buf.String(), "level=INFO msg=m parent_id="+id.String()+" span=s span_id="+id.String()+"\n"; got != want {
		t.Errorf("slog text: got %q, want %q", got, want)
	}

	buf.Reset()
	install(t, NewSlogSubscriber(slog.NewJSONHandler(&buf, noTime)))
	id = emit()
	if got, want := buf.String(), `{"level":"INFO","msg":"m","parent_id":"`+id.String()+`","span":"s","span_id":"`+id.String()+"\"}\n"; got != want {
		t.Errorf("slog json: got %q, want %q", got, want)
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
	e := newEvent(fixedTime, LevelInfo, "m", Int("a", 0), Int("b", 1), Int("c", 2), Int("d", 3), Int("e", 4), Int("f", 5), Int("g", 6))
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
