package idinmessage_test

import (
	"go/token"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/idinmessage"
	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/internal/wrappers"
	"github.com/tracelint/tracelint/analyzers/suite"
)

// The testdata packages, one per concern. Each diagnostic is a `want`
// comment; each fix is in a .golden file.
var pkgs = []string{
	"slogkv",           // slog key-value calls: Sprintf, Sprint(ln), +, strconv, Error, chains, negatives
	"slogattrs",        // LogAttrs: slog attributes
	"fixedvalues/wire", // a protocol's message types, whose Name methods return constants (facts)
	"fixedvalues",      // values that hold a fixed text: adapters, constant errors, named constants, unchanged globals, kind names
	"tracingfields",    // tracing functions, *Target methods, span starts, typed constructors
	"verbs",            // verbs that keep their format, and those with no fix
	"locals",           // messages held in a local variable
	"imports",          // imports added and removed by fixes
	"order",            // operands with effects
	"generated",        // generated files are skipped
	"generics",         // type parameters, generic types, aliases, a shadowed fmt
	"unloggablevalues", // values that render badly as fields: no fix
	"constlocal",       // locals that hold one of a few constants (validation.md item 3)
	"sentence",         // values that complete a sentence: rewritten around them, or no fix
	"rewrites",         // the message rewrite: words that served a value go, keys from expression and message, declines
	"methodexpr",       // method expressions and variables holding a logging function
	"zapfields",        // zap: typed fields, sugared key-value pairs, Check
	"otelnames",        // OpenTelemetry span names and span event names: WithAttributes options, SetName
	"zapsprint",        // zap: Sprint-style sugared events, rewritten to the w form; loggers through L, With, Named
	"keyaround",        // new keys in the case of the keys around them
	"fieldlayout",      // new fields written and placed as the call's own
	"consthelper",      // calls of functions that only combine their constant arguments
	"branches",         // message variables assigned in several branches
	"recorded",         // values the call records already: own fields, a spread slice, a With logger variable
	"console",          // functions that print a console report through the logger
	"component",        // messages prefixed with the name of the component that logs
	"urls",             // values inside a URL: no fix
	"zerologchain",     // zerolog: event chains, typed field methods inserted before Msg
	"logruschain",      // logrus: Sprint-style events, WithField/WithFields in the chain
	"logrusg",          // logrus: an *Entry from another package, in a file without the import
	"hclogkv",          // hclog: the Logger interface's events, key-value pairs, With
	"logrkv",           // logr: Info, Error with its error first, V, WithValues, FromContext
	"klogkv",           // klog: InfoS, ErrorS, V; Sprint-style Info to InfoS, Warning and Error without a fix
	"logrfrom",         // a logr.Logger handed out by another package, in a file that never imports logr
	"gokitkv",          // go-kit log: the message after "msg", pairs after it, level, With
	"printf",           // printf-style events of zap, zerolog, logrus and klog, to their structured forms
	"printfimport",     // a printf-style directive kept through fmt, imported by the fix
	"wrapped/applog",   // a service's logging package: wrappers inferred, a declared interface, a directive that does not fit
	"wrapped",          // calls of wrappers: of another package (facts), of this package, of wrappers, methods, declared
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

// related are the packages whose diagnostics point at other code: the
// assignments that build a message held in a local variable.
var related = map[string]bool{"locals": true, "branches": true}

// checkRelated checks that a message held in a local variable points
// at the expressions that build it, each of which holds a value that
// the diagnostic names (in a branch, that branch's), and that no other
// diagnostic has related information.
// TestSprintWithoutFieldsForm checks that a Sprint-style event whose
// row names no structured sibling (klog.Warning, klog.Error) is reported
// without a fix, and one that names it (klog.Info) with one.
func TestSprintWithoutFieldsForm(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), idinmessage.Analyzer, "klogkv")
	var withFix, without int
	for _, r := range results {
		for _, d := range r.Diagnostics {
			line := sourceLine(t, r.Pass.Fset, d.Pos)
			switch {
			case strings.Contains(line, "klog.Warning(") || strings.Contains(line, "klog.Error("):
				without++
				if len(d.SuggestedFixes) != 0 {
					t.Errorf("%s: a fix for a Sprint-style event without a structured sibling", r.Pass.Fset.Position(d.Pos))
				}
			case strings.Contains(line, "klog.Info(") || strings.Contains(line, ".Info("):
				withFix++
				if len(d.SuggestedFixes) != 1 {
					t.Errorf("%s: %d fixes, want the InfoS form", r.Pass.Fset.Position(d.Pos), len(d.SuggestedFixes))
				}
			}
		}
	}
	if without != 2 || withFix != 2 {
		t.Errorf("%d diagnostics of Warning and Error, %d of Info; want 2 and 2", without, withFix)
	}
}

// sourceLine returns the text of the line at pos.
func sourceLine(t *testing.T, fset *token.FileSet, pos token.Pos) string {
	t.Helper()
	p := fset.Position(pos)
	b, err := os.ReadFile(p.Filename)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	if p.Line < 1 || p.Line > len(lines) {
		return ""
	}
	return lines[p.Line-1]
}

func checkRelated(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	n, nRecorded := 0, 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			pos := r.Pass.Fset.Position(d.Pos)
			var built []analysis.RelatedInformation
			for _, rel := range d.Related {
				// A value recorded outside the call: the related range
				// is that value.
				if name, ok := strings.CutSuffix(rel.Message, " here"); ok && strings.Contains(name, " is recorded as ") {
					name = name[:strings.Index(name, " is recorded as ")]
					if text := sourceText(t, r.Pass.Fset, rel.Pos, rel.End); text != name || !strings.Contains(d.Message, name+" ") {
						t.Errorf("%s: related %q at %q", pos, rel.Message, text)
					}
					nRecorded++
					continue
				}
				built = append(built, rel)
			}
			if !related[r.Pass.Pkg.Path()] {
				if len(built) > 0 {
					t.Errorf("%s: unexpected related information %q", pos, built[0].Message)
				}
				continue
			}
			if len(built) == 0 {
				t.Errorf("%s: no related information", pos)
				continue
			}
			names := namedValues(d.Message)
			for _, rel := range built {
				relPos := r.Pass.Fset.Position(rel.Pos)
				if !strings.HasPrefix(rel.Message, "the ") || !strings.HasSuffix(rel.Message, " is built here") {
					t.Errorf("%s: related %s %q", pos, relPos, rel.Message)
				}
				text := sourceText(t, r.Pass.Fset, rel.Pos, rel.End)
				if !slices.ContainsFunc(names, func(name string) bool { return strings.Contains(text, name) }) {
					t.Errorf("%s: related %s builds %q, which holds none of %q", pos, relPos, text, names)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Error("no diagnostic with related information")
	}
	if nRecorded == 0 {
		t.Error("no diagnostic points at a field recorded outside its call")
	}
}

// namedValues returns the values that a diagnostic names before "is
// formatted" or "are formatted".
func namedValues(msg string) []string {
	i := strings.Index(msg, " is formatted")
	if i < 0 {
		i = strings.Index(msg, " are formatted")
	}
	if i < 0 {
		return nil
	}
	list := strings.ReplaceAll(msg[:i], " and ", ", ")
	return strings.Split(list, ", ")
}

func sourceText(t *testing.T, fset *token.FileSet, pos, end token.Pos) string {
	t.Helper()
	p, e := fset.Position(pos), fset.Position(end)
	data, err := os.ReadFile(p.Filename)
	if err != nil {
		t.Fatal(err)
	}
	return string(data[p.Offset:e.Offset])
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

// TestPrintfOff checks -idinmessage.printf=false: the printf-style
// events of the printf package draw no diagnostic, the others still do.
func TestPrintfOff(t *testing.T) {
	fixedtest.SetFlag(t, idinmessage.Analyzer, "printf", "false")
	var got []string
	for _, r := range fixedtest.Unchecked(t, analysistest.TestData(), idinmessage.Analyzer, "printf", "zapsprint") {
		for _, d := range r.Diagnostics {
			got = append(got, r.Pass.Fset.Position(d.Pos).String())
		}
	}
	for _, g := range got {
		if strings.Contains(g, "printf.go") {
			t.Errorf("printf=false, but reported at %s", g)
		}
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "zapsprint.go") }) {
		t.Errorf("printf=false silenced the Sprint-style events too: %v", got)
	}
}

// TestDeclared runs the declared package with its functions declared
// by the -wrappers setting, as a user does for a dependency's logging
// package: its calls are events and span starts, and the declaration
// that does not fit the function's signature is reported at its first
// call.
func TestDeclared(t *testing.T) {
	if err := wrappers.Declared.Set("declared/ext.Log=slog,declared/ext.Logger.{Info,Count}=slog,declared/ext.Start=tracing"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wrappers.Declared.Set("") })
	fixedtest.Run(t, idinmessage.Analyzer, "declared/ext", "declared")
}
