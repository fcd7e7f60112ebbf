package tracingotel_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	tracingotel "github.com/tracelint/tracelint/otel"
	"github.com/tracelint/tracelint/tracing"
)

// setup installs the bridge (and extra subscribers beside it) on an SDK
// TracerProvider that exports to memory.
func setup(t *testing.T, opts *tracingotel.Options, extra ...tracing.Subscriber) (*sdktrace.TracerProvider, *tracetest.InMemoryExporter) {
	t.Helper()
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	tracing.SetDefault(tracing.Tee(append(extra, tracingotel.New(tp, opts))...))
	t.Cleanup(func() { tracing.SetDefault(nil) })
	return tp, exp
}

func byName(t *testing.T, exp *tracetest.InMemoryExporter, name string) tracetest.SpanStub {
	t.Helper()
	for _, s := range exp.GetSpans() {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no exported span %q among %d", name, len(exp.GetSpans()))
	return tracetest.SpanStub{}
}

func attr(kvs []attribute.KeyValue, key string) (attribute.Value, bool) {
	for _, kv := range kvs {
		if string(kv.Key) == key {
			return kv.Value, true
		}
	}
	return attribute.Value{}, false
}

type user struct{ id int }

func (u user) String() string { return fmt.Sprintf("user-%d", u.id) }

func TestMirror(t *testing.T) {
	_, exp := setup(t, nil)
	db := tracing.NewTarget("acme/db")
	ctx, s := db.Start(context.Background(), "query",
		tracing.String("table", "users"), tracing.Int("limit", 10),
		tracing.Group("conn", tracing.Bool("pooled", true)), tracing.Any("who", user{7}))
	tracing.Info(ctx, "fetched", tracing.Int("rows", 3), tracing.Duration("took", 1500))
	tracing.Log(ctx, tracing.LevelWarn+1, "odd level")
	s.Record(tracing.Float64("cost", 0.5))
	s.End()

	got := byName(t, exp, "query")
	for key, want := range map[string]string{"table": "users", "limit": "10", "conn.pooled": "true", "who": "user-7", "target": "acme/db", "cost": "0.5"} {
		if v, ok := attr(got.Attributes, key); !ok || v.Emit() != want {
			t.Errorf("span attribute %s = %q (%v), want %q", key, v.Emit(), ok, want)
		}
	}
	if len(got.Events) != 2 || got.Events[0].Name != "fetched" {
		t.Fatalf("span events %v, want \"fetched\" and \"odd level\"", got.Events)
	}
	if v, _ := attr(got.Events[1].Attributes, "level"); v.AsString() != "WARN+1" {
		t.Errorf("level of a WARN+1 event: %q", v.AsString())
	}
	ev := got.Events[0]
	for key, want := range map[string]string{"level": "INFO", "rows": "3", "took": "1.5µs"} {
		if v, ok := attr(ev.Attributes, key); !ok || v.Emit() != want {
			t.Errorf("event attribute %s = %q (%v), want %q", key, v.Emit(), ok, want)
		}
	}
	if !got.EndTime.Equal(s.StartTime().Add(s.Duration())) {
		t.Errorf("mirror ended at %v, want the span's end %v", got.EndTime, s.StartTime().Add(s.Duration()))
	}
	if got.Status.Code != codes.Unset {
		t.Errorf("status %v without an error", got.Status)
	}
	if got.InstrumentationScope.Name != tracingotel.ScopeName {
		t.Errorf("scope %q", got.InstrumentationScope.Name)
	}
}

func TestErrors(t *testing.T) {
	_, exp := setup(t, nil)
	ctx, s := tracing.Start(context.Background(), "with error field")
	tracing.Warn(ctx, "retrying", tracing.Err(errors.New("connection reset")))
	s.End()
	ctx, s = tracing.Start(context.Background(), "error event")
	tracing.Error(ctx, "gave up")
	s.End()

	got := byName(t, exp, "with error field")
	if got.Status.Code != codes.Error || got.Status.Description != "retrying" {
		t.Errorf("status %+v, want Error \"retrying\"", got.Status)
	}
	if len(got.Events) != 1 || got.Events[0].Name != "exception" {
		t.Fatalf("events %v, want RecordError's exception event alone", got.Events)
	}
	if v, _ := attr(got.Events[0].Attributes, "exception.message"); v.AsString() != "connection reset" {
		t.Errorf("exception.message %q", v.AsString())
	}
	if v, _ := attr(got.Events[0].Attributes, "msg"); v.AsString() != "retrying" {
		t.Errorf("the exception event lost the message: msg = %q", v.AsString())
	}
	got = byName(t, exp, "error event")
	if got.Status.Code != codes.Error || len(got.Events) != 1 || got.Events[0].Name != "gave up" {
		t.Errorf("an ERROR event: status %+v, events %v", got.Status, got.Events)
	}
}

// TestParentage: a tracing span under an OpenTelemetry span continues its
// trace, and an OpenTelemetry span started from a tracing span's context
// is the child of the span's mirror.
func TestParentage(t *testing.T) {
	tp, exp := setup(t, nil)
	otelTracer := tp.Tracer("app")

	ctx, request := otelTracer.Start(context.Background(), "request")
	ctx, handle := tracing.Start(ctx, "handle")
	cctx, query := otelTracer.Start(ctx, "query")
	if trace.SpanFromContext(cctx) != query {
		t.Fatal("the OpenTelemetry span's context does not hold it")
	}
	_, inner := tracing.Start(cctx, "decode")
	inner.End()
	query.End()
	handle.End()
	request.End()

	req, h, q, d := byName(t, exp, "request"), byName(t, exp, "handle"), byName(t, exp, "query"), byName(t, exp, "decode")
	if h.SpanContext.TraceID() != req.SpanContext.TraceID() || h.Parent.SpanID() != req.SpanContext.SpanID() {
		t.Errorf("the tracing span is not the child of the OpenTelemetry request span: parent %v, want %v", h.Parent.SpanID(), req.SpanContext.SpanID())
	}
	if q.Parent.SpanID() != h.SpanContext.SpanID() {
		t.Errorf("the OpenTelemetry span started in the tracing span has parent %v, want the mirror %v", q.Parent.SpanID(), h.SpanContext.SpanID())
	}
	if d.Parent.SpanID() != q.SpanContext.SpanID() || d.SpanContext.TraceID() != req.SpanContext.TraceID() {
		t.Errorf("the tracing span under the OpenTelemetry child has parent %v, want %v", d.Parent.SpanID(), q.SpanContext.SpanID())
	}
	// The trace the runtime sees is the mirror's.
	tr, sid, ok := tracing.TraceContext(ctx)
	if !ok || [16]byte(tr) != [16]byte(h.SpanContext.TraceID()) || fmt.Sprintf("%016x", uint64(sid)) != h.SpanContext.SpanID().String() {
		t.Errorf("TraceContext = %v %v %v, want the mirror's %v %v", tr, sid, ok, h.SpanContext.TraceID(), h.SpanContext.SpanID())
	}
}

// TestJSONCarriesTrace: the JSON lines of events in a bridged span carry
// its trace_id and span_id, as the exported span has them.
func TestJSONCarriesTrace(t *testing.T) {
	var buf syncBuffer
	_, exp := setup(t, nil, tracing.NewJSONSubscriber(&buf, &tracing.Options{OmitTime: true}))
	ctx, s := tracing.Start(context.Background(), "handle")
	tracing.Info(ctx, "inside")
	s.End()
	var rec struct{ TraceID, SpanID string }
	line := strings.TrimSpace(buf.String())
	if err := json.Unmarshal([]byte(strings.NewReplacer(`"trace_id"`, `"TraceID"`, `"span_id"`, `"SpanID"`).Replace(line)), &rec); err != nil {
		t.Fatal(err)
	}
	h := byName(t, exp, "handle")
	if rec.TraceID != h.SpanContext.TraceID().String() || rec.SpanID != h.SpanContext.SpanID().String() {
		t.Errorf("JSON line %s; want trace_id %s span_id %s", line, h.SpanContext.TraceID(), h.SpanContext.SpanID())
	}
}

// TestFilters: the bridge and the line subscriber beside it filter on
// their own.
func TestFilters(t *testing.T) {
	var buf syncBuffer
	debug, _ := tracing.ParseFilter("debug")
	_, exp := setup(t, &tracingotel.Options{Filter: debug}, tracing.NewTextSubscriber(&buf, &tracing.Options{OmitTime: true, Color: tracing.ColorNever}))
	ctx, s := tracing.StartLevel(context.Background(), tracing.LevelDebug, "detail")
	tracing.Debug(ctx, "debug line")
	s.End()
	if buf.String() != "" {
		t.Errorf("the info text subscriber wrote %q", buf.String())
	}
	if got := byName(t, exp, "detail"); len(got.Events) != 1 {
		t.Errorf("the debug bridge mirrored %d events, want 1", len(got.Events))
	}
}

// TestConcurrent starts spans in many goroutines at once (run with
// -race): each mirror has the right parent and events.
func TestConcurrent(t *testing.T) {
	_, exp := setup(t, nil)
	ctx, root := tracing.Start(context.Background(), "root")
	var wg sync.WaitGroup
	const n = 32
	for i := range n {
		wg.Add(1)
		tracing.Go(ctx, func(ctx context.Context) {
			defer wg.Done()
			ctx, s := tracing.Start(ctx, fmt.Sprintf("worker-%d", i), tracing.Int("i", i))
			for j := range 3 {
				tracing.Info(ctx, "step", tracing.Int("j", j))
			}
			s.Record(tracing.Bool("done", true))
			s.End()
		})
	}
	wg.Wait()
	root.End()
	r := byName(t, exp, "root")
	var workers []string
	for _, s := range exp.GetSpans() {
		if !strings.HasPrefix(s.Name, "worker-") {
			continue
		}
		workers = append(workers, s.Name)
		if s.Parent.SpanID() != r.SpanContext.SpanID() || len(s.Events) != 3 {
			t.Errorf("%s: parent %v (want %v), %d events", s.Name, s.Parent.SpanID(), r.SpanContext.SpanID(), len(s.Events))
		}
		if v, ok := attr(s.Attributes, "done"); !ok || !v.AsBool() {
			t.Errorf("%s: recorded field lost", s.Name)
		}
	}
	slices.Sort(workers)
	if want := slices.Sorted(func(yield func(string) bool) {
		for i := range n {
			if !yield(fmt.Sprintf("worker-%d", i)) {
				return
			}
		}
	}); !slices.Equal(workers, want) {
		t.Errorf("worker spans exported: %q, want %q", workers, want)
	}
}

type panicky struct{}

func (panicky) String() string { panic("String") }

type badLog struct{}

func (badLog) LogValue() slog.Value { panic("LogValue") }

// TestPanickingValues: a field whose String or LogValue panics does not
// crash the program, and the span is still mirrored.
func TestPanickingValues(t *testing.T) {
	_, exp := setup(t, nil)
	ctx, s := tracing.Start(context.Background(), "odd", tracing.Any("p", panicky{}))
	tracing.Info(ctx, "odd values", tracing.Any("l", badLog{}), tracing.Any("p", panicky{}))
	s.End()
	got := byName(t, exp, "odd")
	if v, _ := attr(got.Attributes, "p"); !strings.Contains(v.AsString(), "PANIC") {
		t.Errorf("panicking String gave %q", v.AsString())
	}
	if len(got.Events) != 1 {
		t.Errorf("%d events", len(got.Events))
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
