package tracing

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"testing/slogtest"
)

func TestSlogHandlerConformance(t *testing.T) {
	var buf syncBuffer
	install(t, NewJSONSubscriber(&buf, nil))
	results := func() []map[string]any {
		var ms []map[string]any
		for _, line := range buf.Lines() {
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("invalid JSON %q: %v", line, err)
			}
			ms = append(ms, m)
		}
		return ms
	}
	if err := slogtest.TestHandler(NewSlogHandler(nil), results); err != nil {
		t.Error(err)
	}
}

func TestSlogHandlerSpan(t *testing.T) {
	out := textOutput(t, Options{OmitTime: true})
	l := slog.New(NewSlogHandler(&SlogHandlerOptions{Target: NewTarget("acme")}))
	ctx, s := Start(context.Background(), "process_request", String("id", "req-1"))
	defer s.End()
	l.InfoContext(ctx, "Fetching user", "user_id", 42)
	l.DebugContext(ctx, "filtered")
	l.With("a", 1).WithGroup("g").InfoContext(ctx, "grouped", "b", 2)
	checkLines(t, out.Lines(), []string{
		` INFO process_request{id="req-1"}: acme: Fetching user user_id=42`,
		` INFO process_request{id="req-1"}: acme: grouped a=1 g.b=2`,
	})
}

func TestSlogSubscriber(t *testing.T) {
	var buf bytes.Buffer
	h := slog.NewTextHandler(&buf, &slog.HandlerOptions{
		Level:       slog.LevelDebug,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr { return omitTime(a) },
	})
	install(t, NewSlogSubscriber(h).WithFilter(NewFilter(LevelDebug)))
	ctx, a := Start(context.Background(), "app-start")
	defer a.End()
	ctx, b := Start(ctx, "process_request", String("id", "req-1"))
	defer b.End()
	NewTarget("acme").Debug(ctx, "Processing request", Int("user_id", 42))
	Trace(ctx, "filtered")
	want := `level=DEBUG msg="Processing request" target=acme user_id=42 span=process_request span_id=` +
		b.ID().String() + " spans.process_request.id=req-1\n"
	if got := buf.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func omitTime(a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func TestInitRoutesSlog(t *testing.T) {
	t.Setenv("GO_LOG", "debug,bad=loud")
	t.Setenv("GO_LOG_FORMAT", "json")
	old := slog.Default()
	defer slog.SetDefault(old)
	Init()
	t.Cleanup(func() { SetDefault(nil) })
	if _, ok := Default().(*JSONSubscriber); !ok {
		t.Fatalf("Init installed %T, want *JSONSubscriber", Default())
	}
	if !Enabled(context.Background(), LevelDebug) || Enabled(context.Background(), LevelTrace) {
		t.Error("GO_LOG=debug not applied")
	}
	if _, ok := slog.Default().Handler().(*slogHandler); !ok {
		t.Error("slog default not routed into tracing")
	}
	if _, dup := reported.Load(`GO_LOG: invalid directive "bad=loud": unknown level "loud" (want trace, debug, info, warn, error or off) (ignored)`); !dup {
		var keys []string
		reported.Range(func(k, _ any) bool { keys = append(keys, k.(string)); return true })
		t.Errorf("bad directive not reported; reported: %s", strings.Join(keys, "; "))
	}
}
