package tracing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestTextFormat(t *testing.T) {
	out := textOutput(t, Options{})
	ctx, root := Start(context.Background(), "app-start")
	ctx, req := Start(ctx, "process_request", String("id", "req-1"))
	Info(ctx, "Processing request", Int("user_id", 42))
	Warn(ctx, "Slow", Float64("ratio", 1.5), Bool("cached", false), Duration("took", 1500*time.Microsecond))
	req.End()
	root.End()
	Error(context.Background(), "Outside", Err(errors.New("boom")))
	Info(context.Background(), "", Int("n", 1))
	want := []string{
		`2026-11-25T10:00:00.123456Z  INFO app-start:process_request{id="req-1"}: Processing request user_id=42`,
		`2026-11-25T10:00:00.123456Z  WARN app-start:process_request{id="req-1"}: Slow ratio=1.5 cached=false took=1.5ms`,
		`2026-11-25T10:00:00.123456Z ERROR Outside error="boom"`,
		`2026-11-25T10:00:00.123456Z  INFO n=1`,
	}
	checkLines(t, out.Lines(), want)
}

func checkLines(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\ngot  %s\nwant %s", i, got[i], want[i])
		}
	}
}

func TestTextLevelsAndTarget(t *testing.T) {
	f, _ := ParseFilter("trace")
	out := textOutput(t, Options{Filter: f, OmitTime: true})
	tr := NewTarget("acme/db")
	ctx := context.Background()
	Trace(ctx, "t")
	Debug(ctx, "d")
	tr.Info(ctx, "i")
	Log(ctx, LevelInfo+2, "i2")
	Log(ctx, LevelError+4, "e4")
	checkLines(t, out.Lines(), []string{
		`TRACE t`,
		`DEBUG d`,
		` INFO acme/db: i`,
		`INFO+2 i2`,
		`ERROR+4 e4`,
	})
}

func TestTextEscaping(t *testing.T) {
	out := textOutput(t, Options{OmitTime: true})
	ctx, sp := Start(context.Background(), "s\nx", String("k\n", "v\"\n"))
	defer sp.End()
	Info(ctx, "line1\n2026-11-25T10:00:00.000000Z ERROR forged\r\x00\xff\u2028ok é", String("a b", "x\ny"), Any("st", "s"))
	lines := out.Lines()
	if len(lines) != 1 {
		t.Fatalf("got %d lines, want 1: %q", len(lines), out.String())
	}
	want := ` INFO s\nx{"k\n"="v\"\n"}: line1\n2026-11-25T10:00:00.000000Z ERROR forged\r\x00\xff\u2028ok é "a b"="x\ny" st="s"`
	if lines[0] != want {
		t.Errorf("got  %s\nwant %s", lines[0], want)
	}
}

type stringer struct{}

func (stringer) String() string { return "str" }

type panicky struct{}

func (panicky) LogValue() slog.Value { panic("log value") }
func (panicky) String() string       { panic("string") }
func (panicky) Error() string        { panic("error") }

func (e *myErr) Error() string { return e.msg }

type myErr struct{ msg string }

type panickyErr struct{}

func (panickyErr) Error() string { panic("error") }

func TestTextValues(t *testing.T) {
	out := textOutput(t, Options{OmitTime: true})
	var nilErr *myErr
	Info(context.Background(), "m",
		Any("s", stringer{}),
		Any("lv", panicky{}),
		Any("p", panickyErr{}),
		Any("nilerr", error(nilErr)),
		Any("nil", nil),
		Group("g", Int("a", 1), Group("h", String("b", "x"))),
		Group("", Int("inl", 2)),
		Group("empty"),
		Field{},
		Uint64("u", 7),
		Time("t", time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)),
		Any("slice", []int{1, 2}),
	)
	want := ` INFO m s="str" lv="!PANIC: log value" p="!PANIC: error" nilerr="!PANIC: runtime error: invalid memory address or nil pointer dereference" nil=<nil> g.a=1 g.h.b="x" inl=2 u=7 t=2026-01-02T03:04:05.000000006Z slice="[1 2]"`
	checkLines(t, out.Lines(), []string{want})
}

func TestTextColor(t *testing.T) {
	var buf syncBuffer
	install(t, NewTextSubscriber(&buf, &Options{Color: ColorAlways}))
	ctx, sp := Start(context.Background(), "span")
	defer sp.End()
	Info(ctx, "m", Int("k", 1))
	got := buf.String()
	for _, want := range []string{ansiDim, "\x1b[32mINFO" + ansiReset, ansiBold + "span" + ansiReset, ansiItalic + "k"} {
		if !strings.Contains(got, want) {
			t.Errorf("output %q lacks %q", got, want)
		}
	}
	if useColor(ColorAuto, &buf) {
		t.Error("ColorAuto colours a buffer")
	}
	t.Setenv("NO_COLOR", "1")
	if useColor(ColorAuto, nil) {
		t.Error("ColorAuto colours with NO_COLOR set")
	}
}

func TestTextSpanEvents(t *testing.T) {
	out := textOutput(t, Options{OmitTime: true, SpanEvents: SpanNew | SpanClose})
	ctx, sp := Start(context.Background(), "work", Int("n", 1))
	now = func() time.Time { return fixedTime.Add(2 * time.Millisecond) }
	Info(ctx, "inside")
	sp.End()
	sp.End()
	checkLines(t, out.Lines(), []string{
		` INFO work{n=1}: new`,
		` INFO work{n=1}: inside`,
		` INFO work{n=1}: close time.busy=2ms`,
	})
}

func TestTextRecord(t *testing.T) {
	out := textOutput(t, Options{OmitTime: true})
	ctx, sp := Start(context.Background(), "fetch", String("id", "a"))
	defer sp.End()
	Info(ctx, "before")
	sp.Record(Int("bytes", 3), String("id", "b"))
	Info(ctx, "after")
	checkLines(t, out.Lines(), []string{
		` INFO fetch{id="a"}: before`,
		` INFO fetch{id="b" bytes=3}: after`,
	})
}

func TestTextTimeFormat(t *testing.T) {
	out := textOutput(t, Options{TimeFormat: time.Kitchen})
	Info(context.Background(), "m")
	if got, want := out.String(), "10:00AM  INFO m\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func ExampleNewTextSubscriber_noSpans() {
	SetDefault(NewTextSubscriber(stdout{}, &Options{OmitTime: true}))
	defer SetDefault(nil)
	Info(context.Background(), "Hello", String("who", "world"), Int("n", 3))
	fmt.Println("done")
	// Output:
	//  INFO Hello who="world" n=3
	// done
}

func TestTimestamp(t *testing.T) {
	for _, ts := range []time.Time{
		fixedTime,
		fixedTime.Add(999 * time.Millisecond),
		fixedTime.Add(time.Second),
		fixedTime.In(time.FixedZone("X", 3600)),
		time.Date(1969, 12, 31, 23, 59, 59, 1000, time.UTC),
		time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		for range 2 { // cold and cached
			got := string(appendTimestamp(nil, ts))
			want := ts.UTC().Format("2006-01-02T15:04:05.000000Z07:00")
			if got != want {
				t.Errorf("appendTimestamp(%v) = %s, want %s", ts, got, want)
			}
		}
	}
}

func TestTimeFormatEscaped(t *testing.T) {
	out := textOutput(t, Options{TimeFormat: "15:04\n"})
	Info(context.Background(), "m")
	if got, want := out.String(), "10:00\\n  INFO m\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
