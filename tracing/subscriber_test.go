package tracing

import (
	"context"
	"testing"
)

type panickingSubscriber struct{ capture }

func (*panickingSubscriber) Event(context.Context, Event) { panic("subscriber") }
func (*panickingSubscriber) StartSpan(*Span)              { panic("subscriber") }
func (*panickingSubscriber) EndSpan(*Span)                { panic("subscriber") }

func TestPanickingSubscriber(t *testing.T) {
	install(t, &panickingSubscriber{})
	ctx, s := Start(context.Background(), "s")
	Info(ctx, "does not crash")
	s.End()
	if !panicReported.Load() {
		t.Error("panic not reported")
	}
}

func TestSetDefault(t *testing.T) {
	c := &capture{}
	install(t, c)
	if Default() != c {
		t.Error("Default() is not the installed subscriber")
	}
	ctx, s := Start(context.Background(), "s")
	SetDefault(nil)
	if Default() != nil {
		t.Error("Default() after SetDefault(nil) is not nil")
	}
	Info(ctx, "dropped")
	s.End() // ends with the subscriber it started with
	if len(c.events) != 0 || len(c.ends) != 1 {
		t.Errorf("events=%d ends=%d", len(c.events), len(c.ends))
	}
}

func TestLevelString(t *testing.T) {
	for l, want := range map[Level]string{
		LevelTrace: "TRACE", LevelTrace - 1: "TRACE-1", LevelDebug: "DEBUG", LevelDebug + 1: "DEBUG+1",
		LevelInfo: "INFO", LevelWarn: "WARN", LevelError: "ERROR", LevelError + 2: "ERROR+2", LevelOff: "OFF",
	} {
		if got := LevelString(l); got != want {
			t.Errorf("LevelString(%d) = %q, want %q", l, got, want)
		}
		if l != LevelOff {
			if p, err := ParseLevel(want); err != nil || p != l {
				t.Errorf("ParseLevel(%q) = %v, %v", want, p, err)
			}
		}
	}
	if _, err := ParseLevel("loud"); err == nil {
		t.Error("ParseLevel(loud) succeeded")
	}
}

// panicOnceWriter panics on its first write and records the others.
type panicOnceWriter struct {
	panicked bool
	writes   int
}

func (w *panicOnceWriter) Write(b []byte) (int, error) {
	if !w.panicked {
		w.panicked = true
		panic("writer")
	}
	w.writes++
	return len(b), nil
}

// A writer that panics once must not leave the subscriber locked: the
// next events are written (a deadlock would hang this test).
func TestPanickingWriterDoesNotDeadlock(t *testing.T) {
	for name, newSub := range map[string]func(w *panicOnceWriter) Subscriber{
		"text": func(w *panicOnceWriter) Subscriber { return NewTextSubscriber(w, &Options{Color: ColorNever}) },
		"json": func(w *panicOnceWriter) Subscriber { return NewJSONSubscriber(w, nil) },
	} {
		t.Run(name, func(t *testing.T) {
			w := &panicOnceWriter{}
			install(t, newSub(w))
			Info(context.Background(), "panics")
			Info(context.Background(), "written")
			Info(context.Background(), "written too")
			if !w.panicked || w.writes != 2 {
				t.Errorf("panicked=%v writes=%d, want true 2", w.panicked, w.writes)
			}
		})
	}
}
