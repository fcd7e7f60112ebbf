package tracing

import (
	"context"
	"encoding/json"
	"strconv"
	"sync"
	"testing"
)

// TestConcurrent starts and ends spans, records fields and emits events
// from many goroutines at once, while the subscriber is replaced; run it
// with -race. Every line written must be a whole, valid record.
func TestConcurrent(t *testing.T) {
	f, _ := ParseFilter("debug,[hot]=trace")
	var buf syncBuffer
	install(t, NewJSONSubscriber(&buf, &Options{Filter: f}))
	tgt := NewTarget("acme/race")
	ctx, root := Start(context.Background(), "root")
	var wg, spawned sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for i := range 50 {
				ctx, s := Start(ctx, "hot", Int("g", g))
				ctx2, s2 := tgt.Start(ctx, "inner")
				Trace(ctx2, "event", Int("i", i))
				s.Record(Int("i", i))
				tgt.Debug(ctx, "target event", String("s", strconv.Itoa(i)))
				spawned.Add(1)
				Go(ctx2, func(ctx context.Context) { Info(ctx, "in goroutine"); spawned.Done() })
				s2.End()
				s.End()
				_ = Enabled(ctx, LevelTrace)
			}
		})
	}
	wg.Go(func() {
		for range 20 {
			Rebuild()
			_ = NewTarget("acme/late")
		}
	})
	wg.Wait()
	spawned.Wait()
	root.End()
	lines := buf.Lines()
	if len(lines) < 16*50*2 {
		t.Errorf("got %d lines, want at least %d", len(lines), 16*50*2)
	}
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Fatalf("invalid line %q", l)
		}
	}
}
