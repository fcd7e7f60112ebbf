package tracing

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// A foreign span is a span of another tracing system, which keeps it in
// contexts under foreignKey, as OpenTelemetry does with its spans.
type foreign struct {
	trace  TraceID
	id     SpanID
	parent *foreign
}

type foreignKey struct{}

func withForeign(ctx context.Context, f *foreign) context.Context {
	return context.WithValue(ctx, foreignKey{}, f)
}

// mirrorKey is the extension key under which the bridge keeps the
// foreign span that mirrors a span.
type mirrorKey struct{}

var foreignIDs atomic.Uint64

// bridge mirrors spans as foreign spans, as the OpenTelemetry bridge
// does, and captures what it receives.
type bridge struct{ capture }

func (b *bridge) StartSpan(s *Span) {
	parent, _ := s.Context().Value(foreignKey{}).(*foreign)
	f := &foreign{id: SpanID(0xf000 + foreignIDs.Add(1)), parent: parent}
	if parent != nil {
		f.trace = parent.trace
	} else {
		f.trace = TraceID{0xaa, 15: byte(f.id)}
	}
	s.SetExtension(mirrorKey{}, f)
	b.capture.StartSpan(s)
}

func (b *bridge) TraceContext(ctx context.Context) (TraceID, SpanID, bool) {
	f, ok := ctx.Value(foreignKey{}).(*foreign)
	if !ok {
		return TraceID{}, 0, false
	}
	return f.trace, f.id, true
}

func (b *bridge) SpanValue(s *Span, key any) (any, bool) {
	if key != any(foreignKey{}) {
		return nil, false
	}
	f, ok := s.Extension(mirrorKey{}).(*foreign)
	return f, ok
}

var remote = &foreign{trace: TraceID{0x4b, 0xf9, 0x2f, 0x35, 0x77, 0xb3, 0x4d, 0xa6, 0xa3, 0xce, 0x92, 0x9d, 0x0e, 0x0e, 0x47, 0x36}, id: 0x00f067aa0ba902b7}

func TestTraceID(t *testing.T) {
	const hex = "4bf92f3577b34da6a3ce929d0e0e4736"
	if got := remote.trace.String(); got != hex {
		t.Errorf("String() = %q, want %q", got, hex)
	}
	var id TraceID
	if err := id.UnmarshalText([]byte(strings.ToUpper(hex))); err != nil || id != remote.trace {
		t.Errorf("UnmarshalText(%q) = %v, %v", hex, id, err)
	}
	for _, bad := range []string{"", "4bf9", hex + "00", strings.Replace(hex, "4", "g", 1)} {
		if err := id.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) accepted", bad)
		}
	}
	if (TraceID{}).IsValid() || !remote.trace.IsValid() {
		t.Error("IsValid wrong")
	}
	b, _ := json.Marshal(struct{ T TraceID }{remote.trace})
	if string(b) != `{"T":"`+hex+`"}` {
		t.Errorf("encoding/json: %s", b)
	}
}

// TestBridgeParentage: a span started under a foreign span continues its
// trace, and a foreign span started from a span's context is the span's
// child.
func TestBridgeParentage(t *testing.T) {
	b := &bridge{}
	install(t, b)
	ctx := withForeign(context.Background(), remote)
	ctx, s := Start(ctx, "handle")
	defer s.End()
	mirror, ok := ctx.Value(foreignKey{}).(*foreign)
	if !ok {
		t.Fatal("the span's context does not answer the foreign key")
	}
	if mirror.trace != remote.trace || mirror.parent != remote {
		t.Errorf("the mirror of a span under a foreign span: trace %v parent %v, want %v and the foreign span", mirror.trace, mirror.parent, remote.trace)
	}
	trace, span, ok := TraceContext(ctx)
	if !ok || trace != remote.trace || span != mirror.id {
		t.Errorf("TraceContext = %v, %v, %v; want the remote trace and the mirror's id", trace, span, ok)
	}
	// A child span's mirror is the child of the parent's mirror.
	cctx, c := Start(ctx, "child")
	defer c.End()
	if cm := cctx.Value(foreignKey{}).(*foreign); cm.parent != mirror {
		t.Errorf("the child's mirror has parent %v, want the parent span's mirror", cm.parent)
	}
	// Other keys still reach the parent contexts.
	type k struct{}
	vctx := context.WithValue(context.Background(), k{}, "v")
	vctx, v := Start(vctx, "v")
	defer v.End()
	if vctx.Value(k{}) != "v" {
		t.Error("a span's context with a bridge lost its parent's values")
	}
}

func TestBridgeInTee(t *testing.T) {
	var buf syncBuffer
	install(t, Tee(NewJSONSubscriber(&buf, &Options{OmitTime: true}), &bridge{}))
	ctx, s := Start(withForeign(context.Background(), remote), "handle")
	Info(ctx, "in a trace")
	s.End()
	if _, _, ok := TraceContext(ctx); !ok {
		t.Fatal("no trace through a Tee holding a bridge")
	}
	if !strings.Contains(buf.String(), `"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"`) {
		t.Errorf("JSON line without the trace: %s", buf.String())
	}
}

func TestJSONTraceIDs(t *testing.T) {
	var buf syncBuffer
	install(t, Tee(NewJSONSubscriber(&buf, &Options{OmitTime: true}), &bridge{}))
	bg := context.Background()

	Info(withForeign(bg, remote), "foreign only")
	ctx, s := Start(bg, "local")
	Info(ctx, "bridged")
	s.End()
	Info(bg, "no trace")

	lines := buf.Lines()
	if len(lines) != 3 {
		t.Fatalf("got %d lines: %q", len(lines), lines)
	}
	if want := `{"level":"INFO","msg":"foreign only","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"}`; lines[0] != want {
		t.Errorf("event in a foreign span:\n got %s\nwant %s", lines[0], want)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[1]), &rec); err != nil {
		t.Fatal(err)
	}
	m := ctx.Value(foreignKey{}).(*foreign)
	if rec["trace_id"] != m.trace.String() || rec["span_id"] != m.id.String() {
		t.Errorf("event in a bridged span: trace_id %v span_id %v, want the mirror's %v %v", rec["trace_id"], rec["span_id"], m.trace, m.id)
	}
	if want := `{"level":"INFO","msg":"no trace"}`; lines[2] != want {
		t.Errorf("event outside any trace:\n got %s\nwant %s", lines[2], want)
	}
}

func TestJSONTraceKeys(t *testing.T) {
	var buf syncBuffer
	install(t, Tee(NewJSONSubscriber(&buf, &Options{OmitTime: true, TraceIDKey: "dd.trace_id", SpanIDKey: `span"id`}), &bridge{}))
	Info(withForeign(context.Background(), remote), "m")
	want := `{"level":"INFO","msg":"m","dd.trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span\"id":"00f067aa0ba902b7"}` + "\n"
	if buf.String() != want {
		t.Errorf("got  %swant %s", buf.String(), want)
	}
	// Without a bridge, the span's own ID goes under the same key.
	buf.Reset()
	install(t, NewJSONSubscriber(&buf, &Options{OmitTime: true, SpanIDKey: "sid"}))
	ctx, s := Start(context.Background(), "s")
	Info(ctx, "m")
	s.End()
	if !strings.HasSuffix(buf.String(), `],"sid":"`+s.ID().String()+`"}`+"\n") {
		t.Errorf("span ID outside a trace not under the configured key: %s", buf.String())
	}
}

func TestTextTraceIDs(t *testing.T) {
	var plain, traced syncBuffer
	install(t, Tee(
		NewTextSubscriber(&plain, &Options{OmitTime: true, Color: ColorNever}),
		NewTextSubscriber(&traced, &Options{OmitTime: true, Color: ColorNever, TraceIDs: true}),
		&bridge{},
	))
	Info(withForeign(context.Background(), remote), "m", Int("n", 1))
	if want := " INFO m n=1\n"; plain.String() != want {
		t.Errorf("text without TraceIDs: %q, want %q", plain.String(), want)
	}
	if want := " INFO m n=1 trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7\n"; traced.String() != want {
		t.Errorf("text with TraceIDs: %q, want %q", traced.String(), want)
	}
}

func TestSlogTraceIDs(t *testing.T) {
	var out bytes.Buffer
	var mu sync.Mutex
	h := slog.NewTextHandler(lockedWriter{&mu, &out}, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	install(t, Tee(NewSlogSubscriber(h), &bridge{}))
	ctx := withForeign(context.Background(), remote)
	Info(ctx, "outside spans")
	ctx, s := Start(ctx, "handle")
	Info(ctx, "in a span")
	s.End()
	m := ctx.Value(foreignKey{}).(*foreign)
	want := `level=INFO msg="outside spans" trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7` + "\n" +
		`level=INFO msg="in a span" span=handle trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=` + m.id.String() + "\n"
	if out.String() != want {
		t.Errorf("got\n%swant\n%s", out.String(), want)
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestSlogHandlerTraceIDs: records of slog's API, through NewSlogHandler,
// carry the trace of their context.
func TestSlogHandlerTraceIDs(t *testing.T) {
	var buf syncBuffer
	install(t, Tee(NewJSONSubscriber(&buf, &Options{OmitTime: true}), &bridge{}))
	slog.New(NewSlogHandler(nil)).InfoContext(withForeign(context.Background(), remote), "from slog")
	if !strings.Contains(buf.String(), `"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"`) {
		t.Errorf("slog record without its trace: %s", buf.String())
	}
}

// TestGoKeepsTrace: a goroutine started with Go stays in the trace.
func TestGoKeepsTrace(t *testing.T) {
	install(t, &bridge{})
	ctx, s := Start(withForeign(context.Background(), remote), "handle")
	defer s.End()
	want, _, _ := TraceContext(ctx)
	got := make(chan TraceID)
	Go(ctx, func(ctx context.Context) {
		tr, _, _ := TraceContext(ctx)
		got <- tr
	})
	if tr := <-got; tr != want || !tr.IsValid() {
		t.Errorf("the goroutine's trace is %v, want %v", tr, want)
	}
}

func TestAllocsTraceIDs(t *testing.T) {
	install(t, Tee(NewJSONSubscriber(io.Discard, nil), NewTextSubscriber(io.Discard, &Options{TraceIDs: true}), &bridge{}))
	ctx, s := Start(withForeign(context.Background(), remote), "handle")
	defer s.End()
	if n := allocs(t, func() { Info(ctx, "traced", String("a", "x"), Int("b", 1)) }); n != 0 {
		t.Errorf("an event with trace IDs allocates %v times", n)
	}
}

// TestBridgeStartsFirst: a "new" line of a subscriber listed before the
// bridge already carries the span's own trace IDs.
func TestBridgeStartsFirst(t *testing.T) {
	var buf syncBuffer
	install(t, Tee(NewJSONSubscriber(&buf, &Options{OmitTime: true, SpanEvents: SpanNew}), &bridge{}))
	ctx, s := Start(context.Background(), "handle")
	defer s.End()
	m := ctx.Value(foreignKey{}).(*foreign)
	if !strings.Contains(buf.String(), `"span_id":"`+m.id.String()+`"`) {
		t.Errorf("the new line does not carry the mirror's span ID %v: %s", m.id, buf.String())
	}
}
