package tracing

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseFilter(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // canonical String
	}{
		{"", "info"},
		{"debug", "debug"},
		{"WARN", "warn"},
		{" trace , ", "trace"},
		{"acme=debug", "info,acme=debug"},
		{"acme", "info,acme=trace"},
		{"error,acme/db=TRACE,acme=off", "error,acme=off,acme/db=trace"},
		{"[fetch]=debug", "info,[fetch]=debug"},
		{"acme[fetch]=debug", "info,acme[fetch]=debug"},
		{"info,acme=debug,acme=warn", "info,acme=warn"},
		{"info+2", "info+2"},
		{"my-app=warning", "info,my-app=warn"},
	} {
		f, err := ParseFilter(tc.in)
		if err != nil {
			t.Errorf("ParseFilter(%q): %v", tc.in, err)
			continue
		}
		if got := f.String(); got != tc.want {
			t.Errorf("ParseFilter(%q) = %s, want %s", tc.in, got, tc.want)
		}
		if g, err := ParseFilter(f.String()); err != nil || !reflect.DeepEqual(g, f) {
			t.Errorf("ParseFilter(%q).String() does not round-trip: %v", tc.in, err)
		}
	}
}

func TestParseFilterErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"acme=loud", `invalid directive "acme=loud": unknown level "loud"`},
		{"=debug", `invalid directive "=debug": missing target before '='`},
		{"[x=debug", `invalid directive "[x=debug": a span directive needs a closing ']'`},
		{"[]=debug", `empty span name`},
		{"[s{f=1}]=debug", `span field filters`},
		{"a b=info", `invalid target name "a b"`},
		{"off+1", `off takes no offset`},
	} {
		f, err := ParseFilter(tc.in)
		if err == nil || f != nil {
			t.Errorf("ParseFilter(%q) = %v, %v; want an error", tc.in, f, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseFilter(%q) error %q lacks %q", tc.in, err, tc.want)
		}
		var de *DirectiveError
		if !errors.As(err, &de) {
			t.Errorf("ParseFilter(%q) error is not a *DirectiveError", tc.in)
		}
	}
}

func TestParseFilterLenient(t *testing.T) {
	f, err := ParseFilterLenient("debug,x=nope,acme=warn,y=")
	if err == nil || !strings.Contains(err.Error(), `"x=nope"`) || !strings.Contains(err.Error(), `"y="`) {
		t.Errorf("error = %v, want both bad directives", err)
	}
	if got := f.String(); got != "debug,acme=warn" {
		t.Errorf("filter = %s, want debug,acme=warn", got)
	}
}

func TestFilterMatching(t *testing.T) {
	f, _ := ParseFilter("warn,acme=info,acme/db=debug,[q]=trace,acme/db[q]=error")
	for _, tc := range []struct {
		target string
		want   Level
	}{
		{"", LevelWarn},
		{"acme", LevelInfo},
		{"acme/db", LevelDebug},
		{"acme/db/pool", LevelDebug},
		{"acme/dbx", LevelInfo},
		{"acmex", LevelWarn},
		{"acme.sub", LevelInfo},
	} {
		if got := f.Level(tc.target); got != tc.want {
			t.Errorf("Level(%q) = %v, want %v", tc.target, got, tc.want)
		}
	}
	if l, ok := f.SpanLevel("other", "q"); !ok || l != LevelTrace {
		t.Errorf("SpanLevel(other, q) = %v, %v", l, ok)
	}
	if l, ok := f.SpanLevel("acme/db/pool", "q"); !ok || l != LevelError {
		t.Errorf("SpanLevel(acme/db/pool, q) = %v, %v", l, ok)
	}
	if _, ok := f.SpanLevel("acme", "r"); ok {
		t.Error("SpanLevel(acme, r) matched")
	}
	var nilF *Filter
	if nilF.Level("x") != LevelInfo || (&Filter{}).Level("x") != LevelInfo {
		t.Error("nil and zero filters are not info")
	}
}

func TestTargetCache(t *testing.T) {
	db := NewTarget("acme/db")
	ctx := context.Background()
	if db.Enabled(ctx, LevelError) || Enabled(ctx, LevelError) {
		t.Fatal("enabled without a subscriber")
	}
	f, _ := ParseFilter("warn,acme/db=debug")
	c := &capture{filter: f}
	install(t, c)
	if !db.Enabled(ctx, LevelDebug) || db.Enabled(ctx, LevelTrace) {
		t.Error("acme/db: want debug and not trace")
	}
	if Enabled(ctx, LevelInfo) || !Enabled(ctx, LevelWarn) {
		t.Error("default target: want warn and not info")
	}
	var zero Target // the zero Target is the default target
	if zero.Enabled(ctx, LevelInfo) || !zero.Enabled(ctx, LevelWarn) {
		t.Error("zero target: want warn and not info")
	}
	db.Debug(ctx, "d")
	db.Trace(ctx, "t")
	Info(ctx, "i")
	Warn(ctx, "w")
	if got, want := c.messages(), []string{"d", "w"}; !reflect.DeepEqual(got, want) {
		t.Errorf("messages = %q, want %q", got, want)
	}

	// Changing the filter and rebuilding updates the cache.
	c.filter = NewFilter(LevelError)
	Rebuild()
	if db.Enabled(ctx, LevelWarn) || !db.Enabled(ctx, LevelError) {
		t.Error("after Rebuild: want error only")
	}
	SetDefault(nil)
	if db.Enabled(ctx, LevelError) {
		t.Error("enabled after uninstall")
	}
}

func TestSpanDirectives(t *testing.T) {
	f, _ := ParseFilter("info,[noisy]=off,[deep]=trace")
	c := &capture{filter: f}
	install(t, c)
	ctx := context.Background()
	nctx, noisy := Start(ctx, "noisy")
	if noisy != nil {
		t.Error("span noisy was started")
	}
	Info(nctx, "in noisy")
	Error(nctx, "error in noisy")
	ictx, inner := Start(nctx, "inner")
	if inner != nil {
		t.Error("span inner of noisy was started")
	}
	Info(ictx, "in inner of noisy")
	dctx, deep := Start(nctx, "deep")
	if deep == nil {
		t.Fatal("span deep inside noisy was not started")
	}
	Trace(dctx, "trace in deep")
	if SpanFromContext(dctx) != deep || deep.Parent() != nil {
		t.Error("hidden span is visible")
	}
	Debug(ctx, "debug outside")
	Info(ctx, "info outside")
	if got, want := c.messages(), []string{"trace in deep", "info outside"}; !reflect.DeepEqual(got, want) {
		t.Errorf("messages = %q, want %q", got, want)
	}
	if !Enabled(dctx, LevelTrace) || Enabled(nctx, LevelError) {
		t.Error("Enabled ignores span directives")
	}
}

// TestPrefilter checks the inlined level check of the event functions
// against the full one: it may let through what the filter rejects
// (log decides), but never reject what it enables.
func TestPrefilter(t *testing.T) {
	for _, spec := range []string{"trace", "debug", "info", "warn", "error", "off", "info,[s]=trace", "error,[s]=off"} {
		f, _ := ParseFilter(spec)
		install(t, &capture{filter: f})
		lo, _, _, _ := f.levels("")
		for l := LevelTrace - 2; l <= LevelError+2; l++ {
			if got, want := std.maybe(l), l >= lo; got != want {
				t.Errorf("%s: maybe(%v) = %v, want %v", spec, l, got, want)
			}
		}
		for _, c := range []struct {
			l      Level
			inline bool
		}{
			{LevelTrace, std.lox.Load() <= uint32(bias+LevelTrace)},
			{LevelDebug, std.lox.Load() <= uint32(bias+LevelDebug)},
			{LevelInfo, std.lox.Load() <= uint32(bias+LevelInfo)},
			{LevelWarn, std.lox.Load() <= uint32(bias+LevelWarn)},
			{LevelError, std.lox.Load() <= uint32(bias+LevelError)},
		} {
			if c.inline != std.maybe(c.l) {
				t.Errorf("%s: inlined check for %v = %v, maybe = %v", spec, c.l, c.inline, std.maybe(c.l))
			}
		}
	}
	var zero Target
	if !zero.maybe(LevelTrace-100) || !(zero.lox.Load() <= uint32(bias+LevelTrace)) {
		t.Error("the zero Target's prefilter rejects a level")
	}
}

func TestOffFilter(t *testing.T) {
	c := &capture{filter: NewFilter(LevelOff)}
	install(t, c)
	ctx := context.Background()
	Log(ctx, LevelOff, "off")
	Log(ctx, LevelOff+100, "above off")
	Error(ctx, "error")
	if _, s := StartLevel(ctx, LevelOff+1, "s"); s != nil {
		t.Error("span started under an off filter")
	}
	if len(c.events) != 0 || Enabled(ctx, LevelOff+1) {
		t.Errorf("an off filter let %d events through", len(c.events))
	}
}
