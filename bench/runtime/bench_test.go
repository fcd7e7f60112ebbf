package runtimebench

import (
	"bytes"
	"encoding/json"
	"io"
	"syscall"
	"testing"
	"time"
)

// A lib is one library's implementation of the cases. Each function
// holds its own loop, so that the measured calls are direct calls into
// the library, as in its users' code.
type lib struct {
	name      string
	disabled3 func(*testing.B)
	guarded3  func(*testing.B) // Disabled3 behind the library's enabled check
	msg3      func(*testing.B)
	msg10     func(*testing.B)
	ctx10     func(*testing.B)
	nested3   func(*testing.B) // tracing only
	// write runs case c (a benchmark name) once, writing to w.
	write func(w io.Writer, c string)
}

// libs lists the libraries in column order: tracing first, so that
// benchstat's "vs base" column is each peer against tracing.
func libs() []lib {
	return []lib{tracingLib, zerologLib, zapLib, slogLib}
}

func run(b *testing.B, pick func(lib) func(*testing.B)) {
	for _, l := range libs() {
		if f := pick(l); f != nil {
			b.Run("lib="+l.name, f)
		}
	}
}

func BenchmarkDisabled3(b *testing.B) { run(b, func(l lib) func(*testing.B) { return l.disabled3 }) }
func BenchmarkGuarded3(b *testing.B)  { run(b, func(l lib) func(*testing.B) { return l.guarded3 }) }
func BenchmarkMsg3(b *testing.B)      { run(b, func(l lib) func(*testing.B) { return l.msg3 }) }
func BenchmarkMsg10(b *testing.B)     { run(b, func(l lib) func(*testing.B) { return l.msg10 }) }
func BenchmarkCtx10(b *testing.B)     { run(b, func(l lib) func(*testing.B) { return l.ctx10 }) }
func BenchmarkNested3(b *testing.B)   { run(b, func(l lib) func(*testing.B) { return l.nested3 }) }

// A meter measures the process's CPU time over a benchmark loop, next to
// the wall time that ns/op is: on a shared machine a benchmark that is
// descheduled accrues wall time but not CPU time, so cpu-ns/op is the
// steadier number when the machine is busy.
type meter struct {
	b   *testing.B
	cpu time.Duration
}

// start ends a benchmark's setup: it reports allocations, resets the
// timer and starts measuring CPU time. Call stop after the loop.
func start(b *testing.B) meter {
	b.ReportAllocs()
	m := meter{b, cpuTime()}
	b.ResetTimer()
	return m
}

func (m meter) stop() {
	m.b.StopTimer()
	m.b.ReportMetric(float64(cpuTime()-m.cpu)/float64(m.b.N), "cpu-ns/op")
}

// cpuTime returns the user and system CPU time of the process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestOutput checks that every library writes what the case says: one
// JSON object with a timestamp, a level, the message and the case's
// fields (nothing at all for a disabled event). Run with -v to see the
// records.
func TestOutput(t *testing.T) {
	cases := []struct {
		name    string
		msg     string
		nFields int
	}{
		{"Disabled3", "", 0},
		{"Msg3", msg3, nFields3},
		{"Msg10", msg10, nFields10},
		{"Ctx10", msgStatic, nFields10},
		{"Nested3", msg3, nFields3}, // tracing only
	}
	for _, l := range libs() {
		for _, c := range cases {
			if c.name == "Nested3" && l.nested3 == nil {
				continue
			}
			var buf bytes.Buffer
			l.write(&buf, c.name)
			if c.msg == "" {
				if buf.Len() != 0 {
					t.Errorf("%s/%s: disabled event wrote %q", c.name, l.name, buf.Bytes())
				}
				continue
			}
			t.Logf("%s/%s: %s", c.name, l.name, bytes.TrimSpace(buf.Bytes()))
			if bytes.Count(buf.Bytes(), []byte("\n")) != 1 {
				t.Errorf("%s/%s: want one line, got %q", c.name, l.name, buf.Bytes())
			}
			var rec map[string]any
			if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
				t.Errorf("%s/%s: invalid JSON %q: %v", c.name, l.name, buf.Bytes(), err)
				continue
			}
			if rec["msg"] != c.msg && rec["message"] != c.msg {
				t.Errorf("%s/%s: message missing in %q", c.name, l.name, buf.Bytes())
			}
			if rec["time"] == nil && rec["ts"] == nil {
				t.Errorf("%s/%s: timestamp missing in %q", c.name, l.name, buf.Bytes())
			}
			for _, k := range fieldKeys(c.nFields) {
				if !hasKey(rec, k) {
					t.Errorf("%s/%s: field %q missing in %q", c.name, l.name, k, buf.Bytes())
				}
			}
		}
	}
}

func fieldKeys(n int) []string {
	switch n {
	case nFields3:
		return []string{"path", "status", "cached"}
	case nFields10:
		return []string{"method", "path", "status", "bytes", "cached", "ratio", "elapsed", "started", "error", "user"}
	}
	return nil
}

// hasKey reports whether k is a key of rec or of an object nested in it
// (tracing writes a span's fields inside its "span" object).
func hasKey(rec any, k string) bool {
	switch v := rec.(type) {
	case map[string]any:
		if _, ok := v[k]; ok {
			return true
		}
		for _, x := range v {
			if hasKey(x, k) {
				return true
			}
		}
	case []any:
		for _, x := range v {
			if hasKey(x, k) {
				return true
			}
		}
	}
	return false
}
