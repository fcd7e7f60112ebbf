package tracing

import (
	"context"
	"io"
	"testing"
)

func allocs(t *testing.T, f func()) float64 {
	t.Helper()
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	f() // warm pools and span caches
	return testing.AllocsPerRun(100, f)
}

func TestAllocsDisabled(t *testing.T) {
	ctx := context.Background()
	check := func(name string) {
		t.Helper()
		if n := allocs(t, func() {
			Debug(ctx, "Disabled", String("a", "x"), Int("b", 1), Bool("c", true))
		}); n != 0 {
			t.Errorf("%s: disabled event allocates %v times", name, n)
		}
	}
	check("no subscriber")
	install(t, NewJSONSubscriber(io.Discard, nil))
	check("filtered")
	f, _ := ParseFilter("info,[other]=trace")
	install(t, NewJSONSubscriber(io.Discard, &Options{Filter: f}))
	check("span directives")
}

func TestAllocsEnabled(t *testing.T) {
	for _, tc := range []struct {
		name string
		sub  Subscriber
	}{
		{"json", NewJSONSubscriber(io.Discard, nil)},
		{"text", NewTextSubscriber(io.Discard, &Options{Color: ColorNever})},
	} {
		install(t, tc.sub)
		ctx, a := Start(context.Background(), "a", String("id", "req-1"))
		ctx, b := Start(ctx, "b")
		for name, f := range map[string]func(){
			"3 fields": func() {
				Info(ctx, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true))
			},
			"10 fields": func() {
				Info(ctx, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true), Float64("d", 1.5),
					Int64("e", 2), Uint64("f", 3), String("g", "y"), Int("h", 4), Int("i", 5), Int("j", 6))
			},
			"target": func() {
				tr.Warn(ctx, "Enabled", String("a", "x"))
			},
		} {
			if n := allocs(t, f); n != 0 {
				t.Errorf("%s %s: enabled event allocates %v times", tc.name, name, n)
			}
		}
		b.End()
		a.End()
	}
}

var tr = NewTarget("acme/bench")

func TestAllocsSpanStart(t *testing.T) {
	install(t, NewJSONSubscriber(io.Discard, nil))
	ctx := context.Background()
	if n := allocs(t, func() {
		_, s := Start(ctx, "s", String("id", "x"), Int("n", 1))
		s.End()
	}); n > 1 {
		t.Errorf("span start+end allocates %v times, want 1", n)
	}
	if n := allocs(t, func() {
		_, s := StartLevel(ctx, LevelDebug, "s", String("id", "x"))
		s.End()
	}); n != 0 {
		t.Errorf("disabled span allocates %v times", n)
	}
}
