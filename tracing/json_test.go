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
	"unicode/utf8"
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

// appendJSONStringRef is appendJSONString as it was before the
// eight-bytes-at-a-time scan, byte by byte: the reference of
// TestAppendJSONStringBytes.
func appendJSONStringRef(b []byte, s string) []byte {
	b = append(b, '"')
	i := 0
	for i < len(s) && jsonSafe[s[i]] { // the common case: nothing to escape
		i++
	}
	if i == len(s) {
		b = append(b, s...)
		return append(b, '"')
	}
	start := 0
	for i < len(s) {
		c := s[i]
		if jsonSafe[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// TestAppendJSONStringBytes checks appendJSONString against the
// byte-by-byte reference for every byte value at every position of
// strings up to 24 bytes long, and for multi-byte runes across the
// eight-byte boundaries.
func TestAppendJSONStringBytes(t *testing.T) {
	for n := 1; n <= 24; n++ {
		for pos := range n {
			for c := range 256 {
				s := []byte(strings.Repeat("a", n))
				s[pos] = byte(c)
				if got, want := string(appendJSONString(nil, string(s))), string(appendJSONStringRef(nil, string(s))); got != want {
					t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
				}
			}
		}
	}
	for _, r := range []string{"é", "\u2028", "\u2029", "€", "😀", "\xff", "\xe2\x80"} {
		for n := range 20 {
			s := strings.Repeat("b", n) + r + strings.Repeat("c", 20-n)
			if got, want := string(appendJSONString(nil, s)), string(appendJSONStringRef(nil, s)); got != want {
				t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
			}
		}
	}
}
