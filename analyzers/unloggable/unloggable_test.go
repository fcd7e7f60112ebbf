package unloggable_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/unloggable"
	"golang.org/x/tools/go/analysis/analysistest"
)

// pkgs are the testdata packages, one per concern.
var pkgs = []string{"payload", "funcs", "locks"}

func Test(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), unloggable.Analyzer, pkgs...)
}

// TestGoldenIsSilent runs the analyzer on the fixed code (the .golden
// files) and checks that it compiles and draws only the diagnostics that
// had no fix in the first place.
func TestGoldenIsSilent(t *testing.T) {
	checkGolden(t, pkgs...)
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
	gopath := t.TempDir()
	for _, pkg := range pkgs {
		// The fixed package: each .go file replaced by its .golden.
		dst := filepath.Join(gopath, "src", pkg)
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		files, err := filepath.Glob(filepath.Join(testdata, "src", pkg, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f + ".golden")
			if os.IsNotExist(err) {
				data, err = os.ReadFile(f)
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The real tracing runtime, as in testdata.
	tracing, err := filepath.Abs(filepath.Join(testdata, "src", "github.com", "tracelint", "tracelint", "tracing"))
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(gopath, "src", "github.com", "tracelint", "tracelint", "tracing")
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(tracing, link); err != nil {
		t.Fatal(err)
	}

	for _, pkg := range pkgs {
		// What the original code draws without a fix.
		var unfixed []string
		for _, res := range analysistest.Run(&recorder{}, testdata, unloggable.Analyzer, pkg) {
			for _, d := range res.Diagnostics {
				if len(d.SuggestedFixes) == 0 {
					unfixed = append(unfixed, d.Message)
				}
			}
		}
		rec := &recorder{}
		var got []string
		for _, res := range analysistest.Run(rec, gopath, unloggable.Analyzer, pkg) {
			for _, err := range res.Action.Package.Errors {
				t.Errorf("%s: fixed code does not compile: %v", pkg, err)
			}
			if res.Err != nil {
				t.Errorf("%s: %v", pkg, res.Err)
			}
			for _, d := range res.Diagnostics {
				got = append(got, d.Message)
			}
		}
		for _, e := range rec.errs {
			if strings.Contains(e, "loading") || strings.Contains(e, "error analyzing") {
				t.Errorf("%s: %s", pkg, e)
			}
		}
		slices.Sort(unfixed)
		slices.Sort(got)
		if !slices.Equal(got, unfixed) {
			t.Errorf("%s: the fixed code draws\n\t%s\nwant only the diagnostics that had no fix:\n\t%s",
				pkg, strings.Join(got, "\n\t"), strings.Join(unfixed, "\n\t"))
		}
	}
}
