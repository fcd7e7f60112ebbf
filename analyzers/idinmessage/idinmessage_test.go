package idinmessage_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/idinmessage"
	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/suite"
)

// The testdata packages, one per concern. Each diagnostic is a `want`
// comment; each fix is in a .golden file.
var pkgs = []string{
	"slogkv",           // slog key-value calls: Sprintf, Sprint(ln), +, strconv, Error, chains, negatives
	"slogattrs",        // LogAttrs: slog attributes
	"tracingfields",    // tracing functions, *Target methods, span starts, typed constructors
	"verbs",            // verbs that keep their format, and those with no fix
	"locals",           // messages held in a local variable
	"imports",          // imports added and removed by fixes
	"order",            // operands with effects
	"generated",        // generated files are skipped
	"generics",         // type parameters, generic types, aliases, a shadowed fmt
	"unloggablevalues", // values that render badly as fields: no fix
	"constlocal",       // locals that hold one of a few constants (validation.md item 3)
	"sentence",         // values that complete a sentence: no fix (validation.md item 4)
	"methodexpr",       // method expressions and variables holding a logging function
	"zapfields",        // zap: typed fields, sugared key-value pairs, Check
	"keyaround",        // new keys in the case of the keys around them
	"fieldlayout",      // new fields written and placed as the call's own
	"consthelper",      // calls of functions that only combine their constant arguments
}

func Test(t *testing.T) {
	results := fixedtest.Run(t, idinmessage.Analyzer, pkgs...)
	checkRelated(t, results)
	checkNoOtherDiagnostic(t, pkgs...)
}

// checkNoOtherDiagnostic runs the other analyzers of the suite on the
// source and on the fixed code: a fix must not draw a diagnostic from
// any of them either (a context or a func recorded as a field would
// draw unloggable's).
func checkNoOtherDiagnostic(t *testing.T, pkgs ...string) {
	t.Helper()
	dir := fixedtest.Tree(t, analysistest.TestData(), pkgs...)
	for _, a := range suite.Analyzers() {
		if a == idinmessage.Analyzer {
			continue
		}
		before := make(map[string]int)
		for _, r := range fixedtest.Unchecked(t, analysistest.TestData(), a, pkgs...) {
			for _, d := range r.Diagnostics {
				before[r.Pass.Pkg.Path()+": "+d.Message]++
			}
		}
		for _, r := range fixedtest.Unchecked(t, dir, a, pkgs...) {
			for _, d := range r.Diagnostics {
				k := r.Pass.Pkg.Path() + ": " + d.Message
				if before[k] == 0 {
					t.Errorf("fixed code draws a new %s diagnostic: %s: %s", a.Name, r.Pass.Fset.Position(d.Pos), d.Message)
					continue
				}
				before[k]--
			}
		}
	}
}

// checkRelated checks that a message held in a local variable points
// at the expression that builds it, earlier in the function, and that
// no other diagnostic has related information.
func checkRelated(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			pos := r.Pass.Fset.Position(d.Pos)
			if r.Pass.Pkg.Path() != "locals" {
				if len(d.Related) > 0 {
					t.Errorf("%s: unexpected related information %q", pos, d.Related[0].Message)
				}
				continue
			}
			if len(d.Related) != 1 {
				t.Errorf("%s: %d related, want 1", pos, len(d.Related))
				continue
			}
			rel := d.Related[0]
			relPos := r.Pass.Fset.Position(rel.Pos)
			if !strings.HasPrefix(rel.Message, "the ") || !strings.HasSuffix(rel.Message, " is built here") || relPos.Line >= pos.Line {
				t.Errorf("%s: related %s %q", pos, relPos, rel.Message)
			}
			n++
		}
	}
	if n == 0 {
		t.Error("no diagnostic with related information")
	}
}

func TestKeyCase(t *testing.T) {
	fixedtest.SetFlag(t, idinmessage.Analyzer, "keycase", "camel")
	fixedtest.Run(t, idinmessage.Analyzer, "keycase")
}

// TestBroken runs the analyzer on a package that does not type-check,
// as an editor does: it must not panic or fail, and still report the
// calls that do type-check (want comments).
func TestBroken(t *testing.T) {
	fixedtest.Broken(t, idinmessage.Analyzer, "broken")
}

func TestKeyCaseRejectsUnknown(t *testing.T) {
	if err := idinmessage.Analyzer.Flags.Set("keycase", "shouty"); err == nil {
		t.Error("keycase=shouty accepted")
	}
}
