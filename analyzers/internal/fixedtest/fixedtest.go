// Package fixedtest holds the checks that every tracelint analyzer's
// tests share. Check verifies that the suggested fixes draw no new
// diagnostic: the analyzer runs again on the fixed code
// (each file's .golden, or the file itself where no fix touched it, with
// its "// want" comments removed), which must type-check and draw exactly
// the diagnostics that had no fix in the first place.
package fixedtest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Check runs a again on the fixed form of pkgs, packages of the
// GOPATH-style tree testdata whose first run gave results. Every other
// entry of testdata/src (fakes, the tracing runtime's link, helper
// packages) is linked into the fixed tree unchanged.
func Check(t *testing.T, testdata string, a *analysis.Analyzer, results []*analysistest.Result, pkgs ...string) {
	t.Helper()
	var want []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				want = append(want, describe(r, d))
			}
		}
	}

	dir := Tree(t, testdata, pkgs...)
	rec := &recorder{}
	var got []string
	for _, r := range analysistest.Run(rec, dir, a, pkgs...) {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("the fixed code draws a fixable diagnostic: %s: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			}
			got = append(got, describe(r, d))
		}
	}
	for _, e := range rec.errs {
		// The want comments are gone: complaints about unexpected
		// diagnostics and facts are expected (the diagnostics are
		// compared below); anything else, such as a load or type
		// error, is a broken fix.
		if !strings.Contains(e, "unexpected diagnostic") && !strings.Contains(e, "unexpected fact") {
			t.Errorf("fixed code: %s", e)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics on the fixed code:\n\t%s\nwant those that had no fix:\n\t%s",
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func describe(r *analysistest.Result, d analysis.Diagnostic) string {
	return r.Action.Package.PkgPath + ": " + d.Message
}

var wantComment = regexp.MustCompile(`(?m)[ \t]*// want .*$`)

// Tree returns a temporary GOPATH-style tree holding pkgs of testdata as
// their fixes leave them, without want comments, and links to every other
// entry of testdata/src.
func Tree(t *testing.T, testdata string, pkgs ...string) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	for _, pkg := range pkgs {
		dst := filepath.Join(src, pkg)
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		files, err := filepath.Glob(filepath.Join(testdata, "src", pkg, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no Go files in package %s of %s (%v)", pkg, testdata, err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f + ".golden")
			if os.IsNotExist(err) {
				data, err = os.ReadFile(f)
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), wantComment.ReplaceAll(data, nil), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	entries, err := os.ReadDir(filepath.Join(testdata, "src"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, err := os.Lstat(filepath.Join(src, e.Name())); err == nil {
			continue // a package being fixed, or the parent of one
		}
		target, err := filepath.Abs(filepath.Join(testdata, "src", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, filepath.Join(src, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Broken runs a, as gopls would (RunDespiteErrors), on pkg, a package of
// testdata that does not type-check. The analysis must neither panic nor
// fail; Broken returns the messages of the diagnostics it reported, for
// the caller to check that the parts that do type-check are analysed.
func Broken(t *testing.T, testdata string, a *analysis.Analyzer, pkg string) []string {
	t.Helper()
	copied := *a
	copied.RunDespiteErrors = true
	rec := &recorder{}
	results := analysistest.Run(rec, testdata, &copied, pkg)
	if len(results) == 0 {
		t.Fatalf("no result for %s: %q", pkg, rec.errs)
	}
	var msgs []string
	for _, r := range results {
		if r.Err != nil {
			t.Errorf("analysis failed: %v", r.Err)
		}
		for _, d := range r.Diagnostics {
			msgs = append(msgs, d.Message)
		}
	}
	for _, e := range rec.errs {
		if strings.Contains(e, "panic") {
			t.Error(e)
		}
	}
	return msgs
}

// recorder is an analysistest.Testing that keeps the complaints.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
