package lostspan_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/lostspan"
)

// pkgs are the testdata packages checked with the default flags, one per
// concern; each has .golden files for its fixes.
var pkgs = []string{"spawnbg"}

func Test(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), lostspan.Analyzer, pkgs...)
}

// TestGoldenSilent runs the analyzer on the fixed code (each package's
// .golden files, their want comments removed) and checks that the fixes
// draw no new diagnostic: what is left is exactly the diagnostics that
// had no fix.
func TestGoldenSilent(t *testing.T) {
	for _, pkg := range pkgs {
		t.Run(pkg, func(t *testing.T) { checkGoldenSilent(t, pkg) })
	}
}

func checkGoldenSilent(t *testing.T, pkg string) {
	testdata := analysistest.TestData()
	var want []string
	for _, r := range analysistest.Run(t, testdata, lostspan.Analyzer, pkg) {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				want = append(want, d.Message)
			}
		}
	}

	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.MkdirAll(filepath.Join(src, pkg), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dep := range []string{"github.com", "golang.org"} {
		if err := os.Symlink(filepath.Join(testdata, "src", dep), filepath.Join(src, dep)); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(testdata, "src", pkg, "*.go"))
	if len(files) == 0 {
		t.Fatalf("no files in %s", pkg)
	}
	wantComment := regexp.MustCompile(`(?m)[ \t]*// want .*$`)
	for _, f := range files {
		fixed, err := os.ReadFile(f + ".golden")
		if os.IsNotExist(err) {
			fixed, err = os.ReadFile(f)
		}
		if err != nil {
			t.Fatal(err)
		}
		fixed = wantComment.ReplaceAll(fixed, nil)
		if err := os.WriteFile(filepath.Join(src, pkg, filepath.Base(f)), fixed, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	rec := &recorder{}
	var got []string
	for _, r := range analysistest.Run(rec, dir, lostspan.Analyzer, pkg) {
		for _, d := range r.Diagnostics {
			got = append(got, d.Message)
		}
	}
	for _, e := range rec.errs {
		if !strings.Contains(e, "unexpected diagnostic") {
			t.Errorf("fixed code: %s", e)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics on the fixed code of %s:\n%s\nwant (those without a fix):\n%s",
			pkg, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// recorder is an analysistest.Testing that keeps the errors.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
