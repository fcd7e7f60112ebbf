package tracing

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

func parseJSONLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var ms []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("invalid JSON %q: %v", line, err)
		}
		ms = append(ms, m)
	}
	return ms
}

func TestJSONFormat(t *testing.T) {
	out := jsonOutput(t, Options{})
	ctx, root := Start(context.Background(), "app-start")
	defer root.End()
	ctx, req := Start(ctx, "process_request", String("id", "req-1"))
	defer req.End()
	Info(ctx, "Processing request", Int("user_id", 42))
	want := `{"time":"2026-11-25T10:00:00.123456Z","level":"INFO","msg":"Processing request","user_id":42,` +
		`"span":{"name":"process_request","id":"req-1"},` +
		`"spans":[{"name":"app-start"},{"name":"process_request","id":"req-1"}],"span_id":"` +
		req.ID().String() + "\"}\n"
	if got := out.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

type marshalPanic struct{}

func (marshalPanic) MarshalJSON() ([]byte, error) { panic("marshal") }

type marshalBad struct{}

func (marshalBad) MarshalJSON() ([]byte, error) { return []byte("{not json"), nil }

func TestJSONValues(t *testing.T) {
	out := jsonOutput(t, Options{OmitTime: true})
	tr := NewTarget("acme/db")
	tr.Warn(context.Background(), "bad\n\"msg\"\xff\u2028",
		Float64("nan", math.NaN()), Float64("inf", math.Inf(1)), Float64("ninf", math.Inf(-1)), Float64("f", 0.25),
		String("ctl", "a\x00b\tc\x1f"), String("bad", "\xff\xfe"),
		Err(errors.New("boom")),
		Any("struct", struct{ A int }{1}),
		Any("panic", marshalPanic{}),
		Any("badjson", marshalBad{}),
		Any("chan", make(chan int)),
		Any("nil", nil),
		Any("lv", panicky{}),
		Duration("d", time.Second),
		Uint64("u", math.MaxUint64),
		Group("g", Int("a", 1), Group("empty"), Group("", Int("inl", 2))),
		Group("empty"),
		Field{},
	)
	m := parseJSONLines(t, out.String())[0]
	want := map[string]any{
		"level":   "WARN",
		"target":  "acme/db",
		"msg":     "bad\n\"msg\"\ufffd\u2028",
		"nan":     "NaN",
		"inf":     "+Inf",
		"ninf":    "-Inf",
		"f":       0.25,
		"ctl":     "a\x00b\tc\x1f",
		"bad":     "\ufffd\ufffd",
		"error":   "boom",
		"struct":  map[string]any{"A": 1.0},
		"panic":   "!ERROR: json: error calling MarshalJSON for type tracing.marshalPanic: !PANIC: marshal",
		"badjson": "!ERROR: json: error calling MarshalJSON for type tracing.marshalBad: invalid character 'n' looking for beginning of object key string",
		"chan":    "!ERROR: json: unsupported type: chan int",
		"nil":     nil,
		"lv":      "!PANIC: log value",
		"d":       1e9,
		"u":       float64(math.MaxUint64),
		"g":       map[string]any{"a": 1.0, "inl": 2.0},
	}
	if _, ok := m["panic"].(string); ok && strings.HasPrefix(m["panic"].(string), "!ERROR: ") {
		// encoding/json may or may not wrap the panic; only the prefix matters.
		want["panic"] = m["panic"]
	}
	if !reflect.DeepEqual(m, want) {
		for k := range want {
			if !reflect.DeepEqual(m[k], want[k]) {
				t.Errorf("%s: got %#v, want %#v", k, m[k], want[k])
			}
		}
		for k := range m {
			if _, ok := want[k]; !ok {
				t.Errorf("unexpected key %s", k)
			}
		}
	}
}

func TestJSONSpanIDAndNesting(t *testing.T) {
	out := jsonOutput(t, Options{OmitTime: true})
	ctx, a := Start(context.Background(), "a", Int("n", 1))
	ctx, b := Start(ctx, "b")
	Info(ctx, "m")
	b.End()
	a.End()
	m := parseJSONLines(t, out.String())[0]
	if m["span_id"] != b.ID().String() {
		t.Errorf("span_id = %#v, want %q", m["span_id"], b.ID())
	}
	spans := m["spans"].([]any)
	if len(spans) != 2 || spans[0].(map[string]any)["n"] != 1.0 || spans[1].(map[string]any)["name"] != "b" {
		t.Errorf("spans = %v", spans)
	}
}

func TestJSONKindsAndSpanEvents(t *testing.T) {
	out := jsonOutput(t, Options{SpanEvents: SpanClose, Filter: NewFilter(LevelTrace)})
	tgt := NewTarget("acme")
	if tgt.Name() != "acme" {
		t.Errorf("Name() = %q", tgt.Name())
	}
	ctx, s := tgt.StartLevel(context.Background(), LevelDebug, "op")
	tgt.Error(ctx, "e", Bool("b", true), Time("t", time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("", 3600))), Int64("i", -3))
	tgt.Log(ctx, LevelWarn+1, "w")
	now = func() time.Time { return fixedTime.Add(time.Millisecond) }
	s.End()
	ms := parseJSONLines(t, out.String())
	if len(ms) != 3 {
		t.Fatalf("got %d lines, want 3", len(ms))
	}
	e := ms[0]
	if e["time"] != "2026-11-25T10:00:00.123456Z" || e["level"] != "ERROR" || e["target"] != "acme" ||
		e["b"] != true || e["t"] != "2026-01-02T03:04:05+01:00" || e["i"] != -3.0 {
		t.Errorf("event = %v", e)
	}
	if ms[1]["level"] != "WARN+1" {
		t.Errorf("level = %v, want WARN+1", ms[1]["level"])
	}
	if c := ms[2]; c["msg"] != "close" || c["level"] != "DEBUG" || c["time.busy"] != 1e6 || c["span"].(map[string]any)["name"] != "op" {
		t.Errorf("close event = %v", c)
	}
}

type panickyError struct{}

func (panickyError) Error() string { panic("Error") }

type marshalsPanickyError struct{}

func (marshalsPanickyError) MarshalJSON() ([]byte, error) { return nil, panickyError{} }

// The JSON subscriber calls user code without the dispatcher's recover:
// an error from MarshalJSON whose Error method panics must still render
// as a value, and the event must be written.
func TestJSONMarshalErrorThatPanics(t *testing.T) {
	buf := jsonOutput(t, Options{})
	Info(context.Background(), "m", Any("v", marshalsPanickyError{}))
	out := buf.String()
	if !strings.Contains(out, `"v":"!ERROR: !PANIC: Error"`) {
		t.Errorf("output %q does not render the panic as the value", out)
	}
}
