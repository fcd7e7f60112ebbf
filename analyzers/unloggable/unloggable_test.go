package unloggable_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/unloggable"
	"golang.org/x/tools/go/analysis/analysistest"
)

// pkgs are the testdata packages run with the default flags, one per
// concern.
var pkgs = []string{"payload", "funcs", "locks", "streams", "kv", "textbytes", "stacks", "methodexpr", "zapfields"}

func Test(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), unloggable.Analyzer, pkgs...)
}

func TestKeyCase(t *testing.T) {
	setFlag(t, "keycase", "camel")
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), unloggable.Analyzer, "keycase")
}

// TestGoldenIsSilent runs the analyzer on the fixed code (the .golden
// files) and checks that it compiles and draws only the diagnostics that
// had no fix in the first place.
func TestGoldenIsSilent(t *testing.T) {
	checkGolden(t, pkgs...)
	t.Run("keycase", func(t *testing.T) {
		setFlag(t, "keycase", "camel")
		checkGolden(t, "keycase")
	})
}

func setFlag(t *testing.T, name, value string) {
	f := unloggable.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

// recorder is an analysistest.Testing that keeps the complaints about
// unmatched "// want" comments, which the fixed code is expected to
// draw, out of the test's failures: the diagnostics are compared below.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func checkGolden(t *testing.T, pkgs ...string) {
	t.Helper()
	testdata := analysistest.TestData()
	results := analysistest.Run(&recorder{}, testdata, unloggable.Analyzer, pkgs...)
	fixedtest.Check(t, testdata, unloggable.Analyzer, results, pkgs...)
}

func TestDoc(t *testing.T) {
	// Doc starts with the title, without "unloggable: " (the driver adds the name).
	title := strings.SplitN(unloggable.Analyzer.Doc, "\n", 2)[0]
	if strings.HasPrefix(title, "unloggable:") || title == "" || title != strings.ToLower(title) || strings.HasSuffix(title, ".") {
		t.Errorf("Doc should start with a lowercase title line without a period, got %q", title)
	}
	if unloggable.Analyzer.Flags.Lookup("keycase") == nil {
		t.Error("no keycase flag")
	}
}
