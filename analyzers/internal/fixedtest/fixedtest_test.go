package fixedtest

import (
	"fmt"
	"go/ast"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// calls reports the calls of a, c and x; the fixes rename a to b and c
// to a, x has none. Its testdata packages each break one rule of Run or
// Broken: the helpers must fail there, or the analyzers' tests that use
// them could pass vacuously.
var calls = &analysis.Analyzer{
	Name: "calls",
	Doc:  "report calls of a, c and x",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				id, ok := call.Fun.(*ast.Ident)
				if !ok {
					return true
				}
				d := analysis.Diagnostic{Pos: id.Pos(), End: id.End(), Message: "call of " + id.Name}
				rename := map[string]string{"a": "b", "c": "a"}
				switch to := rename[id.Name]; {
				case to != "":
					d.SuggestedFixes = []analysis.SuggestedFix{{
						Message:   "Call " + to,
						TextEdits: []analysis.TextEdit{{Pos: id.Pos(), End: id.End(), NewText: []byte(to)}},
					}}
				case id.Name != "x":
					return true
				}
				pass.Report(d)
				return true
			})
		}
		return nil, nil
	},
}

var (
	callsDespiteErrors = func() *analysis.Analyzer { a := *calls; a.RunDespiteErrors = true; return &a }()
	silent             = &analysis.Analyzer{Name: "silent", Doc: "report nothing", RunDespiteErrors: true, Run: func(*analysis.Pass) (any, error) { return nil, nil }}
)

func TestRun(t *testing.T) {
	for _, tc := range []struct {
		a    *analysis.Analyzer
		pkg  string
		want string // a substring of the failures; "" for none
	}{
		{calls, "fixed", ""},
		{calls, "chain", "the fixed code draws a fixable diagnostic"},
		{calls, "nocompile", "the fixed code of nocompile does not type-check"},
		{callsDespiteErrors, "nocompile", "the fixed code of nocompile does not type-check"},
		{calls, "stale", "no fix edits stale.go"},
		{callsDespiteErrors, "broken", "testdata package broken does not type-check"},
	} {
		got := failures(t, func(tb testing.TB) { Run(tb, tc.a, tc.pkg) })
		check := func(ok bool) {
			if !ok {
				t.Errorf("Run(%s, %s): failures %q, want %q", tc.a.Name, tc.pkg, got, tc.want)
			}
		}
		if tc.want == "" {
			check(len(got) == 0)
		} else {
			check(contains(got, tc.want))
		}
	}
}

func TestBroken(t *testing.T) {
	for _, tc := range []struct {
		a    *analysis.Analyzer
		pkg  string
		want string
	}{
		{callsDespiteErrors, "broken", ""},
		{calls, "broken", "calls does not declare RunDespiteErrors"},
		{callsDespiteErrors, "clean", "package clean type-checks"},
		{silent, "broken", "silent reports nothing on broken"},
	} {
		got := failures(t, func(tb testing.TB) { Broken(tb, tc.a, tc.pkg) })
		if tc.want == "" && len(got) > 0 || tc.want != "" && !contains(got, tc.want) {
			t.Errorf("Broken(%s, %s): failures %q, want %q", tc.a.Name, tc.pkg, got, tc.want)
		}
	}
}

func TestUnchecked(t *testing.T) {
	// The want comments of chain are not compared...
	if got := failures(t, func(tb testing.TB) { Unchecked(tb, analysistest.TestData(), silent, "chain") }); len(got) > 0 {
		t.Errorf("Unchecked on chain: %q", got)
	}
	// ...but a package that does not load fails.
	if got := failures(t, func(tb testing.TB) { Unchecked(tb, analysistest.TestData(), calls, "nosuchpackage") }); len(got) == 0 {
		t.Error("Unchecked on a missing package: no failure")
	}
}

func TestSetFlag(t *testing.T) {
	a := &analysis.Analyzer{Name: "flagged", Doc: "flagged", Run: calls.Run}
	v := a.Flags.String("mode", "default", "")
	t.Run("set", func(t *testing.T) {
		SetFlag(t, a, "mode", "other")
		if *v != "other" {
			t.Errorf("mode = %q after SetFlag", *v)
		}
	})
	if *v != "default" {
		t.Errorf("mode = %q after the test, want it restored", *v)
	}
	if got := failures(t, func(tb testing.TB) { SetFlag(tb, a, "nosuchflag", "x") }); !contains(got, "analyzer flagged has no flag nosuchflag") {
		t.Errorf("SetFlag of a missing flag: failures %q", got)
	}
}

// failures runs f with a testing.TB that records the failures instead
// of failing t, and returns them.
func failures(t *testing.T, f func(testing.TB)) []string {
	s := &spy{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(s)
	}()
	<-done
	return s.errs
}

type spy struct {
	testing.TB
	errs []string
}

func (s *spy) Helper()           {}
func (s *spy) Error(args ...any) { s.errs = append(s.errs, fmt.Sprint(args...)) }
func (s *spy) Errorf(format string, args ...any) {
	s.errs = append(s.errs, fmt.Sprintf(format, args...))
}
func (s *spy) Fatal(args ...any)                 { s.Error(args...); runtime.Goexit() }
func (s *spy) Fatalf(format string, args ...any) { s.Errorf(format, args...); runtime.Goexit() }

func contains(errs []string, s string) bool {
	for _, e := range errs {
		if strings.Contains(e, s) {
			return true
		}
	}
	return false
}
