package tracing

import (
	"context"
	"strings"
	"testing"
)

func TestGoCarriesSpan(t *testing.T) {
	c := &capture{}
	install(t, c)
	ctx, s := Start(context.Background(), "parent")
	defer s.End()
	done := make(chan *Span)
	Go(ctx, func(ctx context.Context) {
		Info(ctx, "in goroutine")
		done <- SpanFromContext(ctx)
	})
	if got := <-done; got != s {
		t.Errorf("goroutine span = %v, want %v", got, s)
	}
	if c.events[0].Span != s {
		t.Error("event in goroutine not in the span")
	}
}

func TestGoPanicIsReported(t *testing.T) {
	c := &capture{}
	install(t, c)
	ctx, s := Start(context.Background(), "parent")
	defer s.End()
	var repanicked any
	func() {
		defer func() { repanicked = recover() }()
		run(ctx, func(context.Context) { panic("boom") })
	}()
	if repanicked != "boom" {
		t.Errorf("re-panicked with %v, want boom", repanicked)
	}
	if len(c.events) != 1 {
		t.Fatalf("got %d events, want 1", len(c.events))
	}
	e := c.events[0]
	if e.Level != LevelError || e.Span != s || e.Field(0).Key != "panic" || e.Field(0).Value.String() != "boom" {
		t.Errorf("event = %+v", e)
	}
	if st := e.Field(1); st.Key != "stack" || !strings.Contains(st.Value.String(), "TestGoPanicIsReported") {
		t.Errorf("stack field = %v", st)
	}
}
