package lostspan_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/lostspan"
)

// pkgs are the testdata packages checked with the default flags, one per
// concern; each has .golden files for its fixes.
var pkgs = []string{"spawnbg", "spawncalls", "ctxless", "stale", "direct", "scopes", "service", "methodexpr", "cli", "otelspans", "otelmain", "zapgoroutine", "chainctx", "spanwrap/telemetry", "spanwrap"}

// Test checks the diagnostics (want comments) and fixes (.golden files)
// of every package, the related information of every diagnostic, and
// that the fixed code draws no new diagnostic.
func Test(t *testing.T) {
	checkRelated(t, fixedtest.Run(t, lostspan.Analyzer, pkgs...))
}

// TestCtxlessFlag checks -lostspan.ctxless: context-less events outside
// goroutines too.
func TestCtxlessFlag(t *testing.T) {
	fixedtest.SetFlag(t, lostspan.Analyzer, "ctxless", "true")
	checkRelated(t, fixedtest.Run(t, lostspan.Analyzer, "ctxlessflag"))
}

// TestCtxlessFlagOff checks that without the flag, the same package
// draws only the goroutine's diagnostic (its want comments are those of
// the flag).
func TestCtxlessFlagOff(t *testing.T) {
	results := fixedtest.Unchecked(t, analysistest.TestData(), lostspan.Analyzer, "ctxlessflag")
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			got = append(got, d.Message)
		}
	}
	want := []string{"slog.Error in a goroutine takes no context, so its event leaves the span carried by ctx"}
	if !slices.Equal(got, want) {
		t.Errorf("without -ctxless: got %q, want %q", got, want)
	}
}

// checkRelated checks that every diagnostic points at the span
// context's origin with related information naming it, and that no
// message holds a position.
func checkRelated(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	relatedMsg := regexp.MustCompile(`^span context (\w+) (comes from|starts its span) here$`)
	position := regexp.MustCompile(`\.go:\d|line \d`)
	n := 0
	for _, r := range results {
		fset := r.Action.Package.Fset
		for _, d := range r.Diagnostics {
			n++
			if position.MatchString(d.Message) {
				t.Errorf("%v: message holds a position: %s", fset.Position(d.Pos), d.Message)
			}
			if len(d.Related) != 1 {
				t.Errorf("%v: %d related entries, want 1", fset.Position(d.Pos), len(d.Related))
				continue
			}
			rel := d.Related[0]
			m := relatedMsg.FindStringSubmatch(rel.Message)
			if m == nil {
				t.Errorf("%v: related message %q", fset.Position(d.Pos), rel.Message)
				continue
			}
			p := fset.Position(rel.Pos)
			src, err := os.ReadFile(p.Filename)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(src[p.Offset:min(p.Offset+len(m[1]), len(src))]); got != m[1] {
				t.Errorf("%v: related position %v holds %q, want %q", fset.Position(d.Pos), p, got, m[1])
			}
			if !strings.Contains(d.Message, m[1]) {
				t.Errorf("%v: message %q does not name the span context %s", fset.Position(d.Pos), d.Message, m[1])
			}
			if rel.Pos > d.Pos {
				t.Errorf("%v: span context declared after the report", fset.Position(d.Pos))
			}
		}
	}
	if n == 0 {
		t.Errorf("no diagnostic checked")
	}
}

// TestBroken runs the analyzer on a package that does not type-check,
// as an editor does: it must neither panic nor fail, and still report on
// the parts that type-check (want comments).
func TestBroken(t *testing.T) {
	fixedtest.Broken(t, lostspan.Analyzer, "broken")
}

// TestCtxlessFlagClaimsEverySpan checks that -lostspan.ctxless also makes
// the claims that package cli's code shows no evidence for (contexts
// from context.Background in package main): its silent cases report.
func TestCtxlessFlagClaimsEverySpan(t *testing.T) {
	count := func() int {
		n := 0
		for _, r := range fixedtest.Unchecked(t, analysistest.TestData(), lostspan.Analyzer, "cli") {
			n += len(r.Diagnostics)
		}
		return n
	}
	without := count()
	fixedtest.SetFlag(t, lostspan.Analyzer, "ctxless", "true")
	// run's two and the action callback's two at least (main's own ctx
	// is set from Background: it never counts as a span context).
	if with := count(); with < without+4 {
		t.Errorf("-ctxless: %d diagnostics in package cli, want at least %d (%d without it)", with, without+4, without)
	}
}
