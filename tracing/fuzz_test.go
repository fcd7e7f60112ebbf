package tracing

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{"", "info", "acme=debug,[span]=trace", "a[b]=off", "x=", "[", "]=", "=,=", "info+2", "OFF,a/b.c=WARN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		strict, err := ParseFilter(s)
		lenient, lerr := ParseFilterLenient(s)
		if lenient == nil {
			t.Fatal("ParseFilterLenient returned nil")
		}
		if (err == nil) != (lerr == nil) {
			t.Fatalf("strict error %v, lenient error %v", err, lerr)
		}
		if err != nil {
			if strict != nil {
				t.Fatal("ParseFilter returned a filter and an error")
			}
			return
		}
		// A valid filter's canonical form parses to the same filter.
		again, err := ParseFilter(strict.String())
		if err != nil {
			t.Fatalf("ParseFilter(%q).String() = %q does not parse: %v", s, strict.String(), err)
		}
		if again.String() != strict.String() {
			t.Fatalf("round trip %q -> %q", strict.String(), again.String())
		}
		strict.levels("acme/db")
		strict.SpanLevel("acme", "span")
	})
}

// fuzzFields builds fields of every kind from the fuzzer's inputs.
func fuzzFields(key, val string, n int64, fl float64) []Field {
	return []Field{
		String(key, val),
		Int64(key+"i", n),
		Uint64("u", uint64(n)),
		Float64("f", fl),
		Bool("b", n%2 == 0),
		Any("a", val),
		Any("bytes", []byte(val)),
		Err(errorString(val)),
		Group(key, String(val, key), Group("", Int("x", int(n)))),
		Group("empty"),
		Field{},
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

func fuzzSeeds(f *testing.F) {
	f.Add("msg", "key", "value", "span", int64(1), 1.5)
	f.Add("a\nb", "k\n", "\xff\x00\"", "s\r", int64(-1), math.NaN())
	f.Add("\u2028", "", "", "", int64(math.MinInt64), math.Inf(-1))
}

func FuzzJSON(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, msg, key, val, span string, n int64, fl float64) {
		var buf syncBuffer
		install(t, NewJSONSubscriber(&buf, &Options{Filter: NewFilter(LevelTrace), SpanEvents: SpanNew}))
		ctx, s := NewTarget(key).Start(context.Background(), span, String(key, val))
		s.Record(Float64(val, fl))
		Info(ctx, msg, fuzzFields(key, val, n, fl)...)
		s.End()
		out := buf.String()
		if !strings.HasSuffix(out, "\n") {
			t.Fatalf("output does not end in a newline: %q", out)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("got %d lines, want 2: %q", len(lines), out)
		}
		for _, l := range lines {
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("invalid JSON %q: %v", l, err)
			}
			if !utf8.ValidString(l) {
				t.Fatalf("invalid UTF-8 in %q", l)
			}
		}
		var m map[string]any
		json.Unmarshal([]byte(lines[1]), &m)
		if want := string([]rune(msg)); m["msg"] != want {
			t.Errorf("msg = %q, want %q", m["msg"], want)
		}
	})
}

func FuzzText(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, msg, key, val, span string, n int64, fl float64) {
		var buf syncBuffer
		install(t, NewTextSubscriber(&buf, &Options{Filter: NewFilter(LevelTrace), SpanEvents: SpanClose, Color: ColorAlways}))
		ctx, s := NewTarget(key).Start(context.Background(), span, String(key, val))
		s.Record(Float64(val, fl))
		Info(ctx, msg, fuzzFields(key, val, n, fl)...)
		s.End()
		out := buf.String()
		if got := strings.Count(out, "\n"); got != 2 || !strings.HasSuffix(out, "\n") {
			t.Fatalf("got %d newlines, want 2 (one per record): %q", got, out)
		}
		for _, l := range strings.Split(out, "\n") {
			if strings.ContainsAny(l, "\r\u2028\u2029\x00") {
				t.Fatalf("unescaped line break or NUL in %q", l)
			}
		}
	})
}
