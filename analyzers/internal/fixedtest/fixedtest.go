// Package fixedtest holds the test helpers that every tracelint
// analyzer's tests share, so that a test reads in a few lines:
//
//	func Test(t *testing.T) {
//		fixedtest.Run(t, idinmessage.Analyzer, "slogkv", "slogattrs")
//	}
//
// Run is analysistest.RunWithSuggestedFixes on the package's testdata
// plus the check that the suggested fixes draw no new diagnostic: the
// analyzer runs again on the fixed code (each file's .golden, or the file
// itself where no fix touched it, with its "// want" comments removed),
// which must type-check and draw exactly the diagnostics that had no fix
// in the first place. Broken runs an analyzer that declares
// RunDespiteErrors on a package that does not type-check, as editors do.
// SetFlag sets an analyzer flag for one test.
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
	"golang.org/x/tools/go/packages"
)

// Run runs a on pkgs, packages of the GOPATH-style tree
// analysistest.TestData() that must type-check, with
// analysistest.RunWithSuggestedFixes: the diagnostics and facts must
// match the "// want" comments and the fixes the .golden files. It then
// checks that every .golden file is the
// output of some fix (RunWithSuggestedFixes reads only the golden files
// of the files that fixes edit, so a fix that is no longer offered would
// pass unnoticed) and that the fixed code draws no new diagnostic.
// It returns the results of the first run, for further checks.
func Run(t testing.TB, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	testdata := analysistest.TestData()
	results := analysistest.RunWithSuggestedFixes(t, testdata, a, pkgs...)
	for _, r := range results {
		// Broken code belongs to Broken; an analyzer that runs despite
		// errors would not complain of it.
		typeErrors(t, "testdata package", r)
	}
	checkGoldensUsed(t, testdata, results, pkgs...)
	check(t, testdata, a, results, pkgs...)
	return results
}

// checkGoldensUsed reports every .golden file of pkgs whose source file
// no fix edits.
func checkGoldensUsed(t testing.TB, testdata string, results []*analysistest.Result, pkgs ...string) {
	t.Helper()
	edited := make(map[string]bool)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, f := range d.SuggestedFixes {
				for _, e := range f.TextEdits {
					edited[r.Action.Package.Fset.File(e.Pos).Name()] = true
				}
			}
		}
	}
	for _, pkg := range pkgs {
		goldens, err := filepath.Glob(filepath.Join(testdata, "src", pkg, "*.go.golden"))
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range goldens {
			if src := strings.TrimSuffix(g, ".golden"); !edited[src] {
				t.Errorf("%s: no fix edits %s: the golden file is not checked", g, filepath.Base(src))
			}
		}
	}
}

// check runs a again on the fixed form of pkgs, packages of the
// GOPATH-style tree testdata whose first run gave results. Every other
// entry of testdata/src (fakes, the tracing runtime's link, helper
// packages) is linked into the fixed tree unchanged.
func check(t testing.TB, testdata string, a *analysis.Analyzer, results []*analysistest.Result, pkgs ...string) {
	t.Helper()
	var want []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				want = append(want, describe(r, d))
			}
		}
	}

	var got []string
	for _, r := range Unchecked(t, Tree(t, testdata, pkgs...), a, pkgs...) {
		typeErrors(t, "the fixed code of", r)
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("the fixed code draws a fixable diagnostic: %s: %s", r.Action.Package.Fset.Position(d.Pos), d.Message)
			}
			got = append(got, describe(r, d))
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics on the fixed code:\n\t%s\nwant those that had no fix:\n\t%s",
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// typeErrors reports the errors of r's package and its dependencies.
func typeErrors(t testing.TB, what string, r *analysistest.Result) {
	t.Helper()
	if !r.Action.Package.IllTyped {
		return
	}
	packages.Visit([]*packages.Package{r.Action.Package}, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s %s does not type-check: %v", what, r.Action.Package.PkgPath, e)
		}
	})
}

// describe names d by package and message, the message's line numbers
// left out: fixes that insert lines move them (spanend names the line
// of a path's return).
func describe(r *analysistest.Result, d analysis.Diagnostic) string {
	return r.Action.Package.PkgPath + ": " + WithoutLines(d.Message)
}

var lineNumber = regexp.MustCompile(`\bline \d+`)

// WithoutLines returns msg with every "line N" made "line N" literally.
func WithoutLines(msg string) string { return lineNumber.ReplaceAllString(msg, "line N") }

// Unchecked runs a on pkgs of the GOPATH-style tree dir as
// analysistest.Run does, but leaves the diagnostics and facts to the
// caller: they are not compared with the "// want" comments (which may
// be absent, or written for other flags or another analyzer). Any other
// complaint of analysistest, such as a package that does not load or an
// analysis that fails, fails the test.
func Unchecked(t testing.TB, dir string, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	rec := &recorder{}
	results := analysistest.Run(rec, dir, a, pkgs...)
	for _, e := range rec.errs {
		if !wantComplaint.MatchString(e) {
			t.Errorf("%s", e)
		}
	}
	if len(results) == 0 && len(rec.errs) == 0 {
		t.Errorf("no result for %s in %s", pkgs, dir)
	}
	return results
}

// wantComplaint matches analysistest's complaints about diagnostics and
// facts that do not match the want comments.
var wantComplaint = regexp.MustCompile(`: unexpected (diagnostic|fact): |: (diagnostic|fact) ".*" does not match pattern |: no (diagnostic|fact) was reported matching `)

// recorder is an analysistest.Testing that keeps the complaints.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

var wantComment = regexp.MustCompile(`(?m)[ \t]*// want .*$`)

// Tree returns a temporary GOPATH-style tree holding pkgs of testdata as
// their fixes leave them, without want comments, and links to every other
// entry of testdata/src.
func Tree(t testing.TB, testdata string, pkgs ...string) string {
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

// Broken runs a, as declared, on pkg, a package of
// analysistest.TestData() that does not type-check, as an editor runs it
// on code being typed. a must declare RunDespiteErrors: drivers run no
// other analyzer on such code, so there would be nothing to test. The
// analysis must neither panic nor fail, and its diagnostics and facts
// must match the want comments: the parts of pkg that type-check are
// still analysed, and the parts that do not draw nothing wrong. Broken
// fails if pkg type-checks or if a reports nothing on it, where the test
// would be vacuous.
func Broken(t testing.TB, a *analysis.Analyzer, pkg string) []*analysistest.Result {
	t.Helper()
	if !a.RunDespiteErrors {
		t.Fatalf("%s does not declare RunDespiteErrors: drivers do not run it on code that does not type-check", a.Name)
	}
	results := analysistest.Run(t, analysistest.TestData(), a, pkg)
	if len(results) == 0 {
		t.Fatalf("no result for %s", pkg)
	}
	n := 0
	for _, r := range results {
		if !r.Action.Package.IllTyped {
			t.Errorf("package %s type-checks: it tests nothing about broken code", r.Action.Package.PkgPath)
		}
		n += len(r.Diagnostics)
	}
	if n == 0 {
		t.Errorf("%s reports nothing on %s: the parts that type-check are not analysed", a.Name, pkg)
	}
	return results
}

// SetFlag sets the flag name of a to value for the rest of the test and
// restores its previous value when the test ends. Analyzer flags are
// global: tests that set them must not run in parallel.
func SetFlag(t testing.TB, a *analysis.Analyzer, name, value string) {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("analyzer %s has no flag %s", a.Name, name)
	}
	old := f.Value.String()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := a.Flags.Set(name, old); err != nil {
			t.Errorf("restoring %s.%s: %v", a.Name, name, err)
		}
	})
}
