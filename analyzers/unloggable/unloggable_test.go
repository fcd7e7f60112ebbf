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

// pkgs are the testdata packages run with the default flags, one per
// concern.
var pkgs = []string{"payload", "funcs", "locks", "streams", "kv", "textbytes", "stacks"}

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

	// What the original code draws without a fix, by package.
	want := make(map[string][]string)
	for _, res := range analysistest.Run(&recorder{}, testdata, unloggable.Analyzer, pkgs...) {
		pkg := res.Action.Package.PkgPath
		for _, d := range res.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				want[pkg] = append(want[pkg], d.Message)
			}
		}
	}

	// The fixed packages: each .go file replaced by its .golden.
	gopath := t.TempDir()
	for _, pkg := range pkgs {
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

	rec := &recorder{}
	got := make(map[string][]string)
	seen := make(map[string]bool)
	for _, res := range analysistest.Run(rec, gopath, unloggable.Analyzer, pkgs...) {
		pkg := res.Action.Package.PkgPath
		seen[pkg] = true
		for _, err := range res.Action.Package.Errors {
			t.Errorf("%s: the fixed code does not compile: %v", pkg, err)
		}
		for _, d := range res.Diagnostics {
			got[pkg] = append(got[pkg], d.Message)
		}
	}
	for _, e := range rec.errs {
		if strings.Contains(e, "loading") || strings.Contains(e, "error analyzing") || strings.Contains(e, "Analyze") {
			t.Error(e)
		}
	}
	for _, pkg := range pkgs {
		if !seen[pkg] {
			t.Errorf("%s: the fixed package was not analyzed", pkg)
		}
		g, w := got[pkg], want[pkg]
		slices.Sort(g)
		slices.Sort(w)
		if !slices.Equal(g, w) {
			t.Errorf("%s: the fixed code draws\n\t%s\nwant only the diagnostics that had no fix:\n\t%s",
				pkg, strings.Join(g, "\n\t"), strings.Join(w, "\n\t"))
		}
	}
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
