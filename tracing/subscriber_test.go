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
