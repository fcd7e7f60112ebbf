package suite_test

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/suite"
)

// TestFixesDrawNoNewDiagnostic applies the first fix of every diagnostic
// of every analyzer of the suite to a package, as `tracelint -fix` does,
// and runs the analyzers again on the result: it must type-check, be
// gofmt-clean and draw no diagnostic that was not there before. A fix
// whose edits overlap those of a fix already taken is left for the next
// round (as the driver leaves it for the next run); its diagnostic is
// expected again.
//
// The packages: the demo program, whose mistakes every analyzer reports,
// and testdata/crossfix, where the fixes of several analyzers meet on
// one call.
func TestFixesDrawNoNewDiagnostic(t *testing.T) {
	for _, dir := range []string{"../../testdata/demo", "testdata/crossfix", "testdata/gopath/src/crossfixlibs", "testdata/gopath/src/crossfixkv", "testdata/gopath/src/crossfixchain"} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			dir, err := filepath.Abs(dir)
			if err != nil {
				t.Fatal(err)
			}
			checkFixes(t, dir)
		})
	}
}

// env is the environment in which the package in dir loads: GOPATH mode
// for one under testdata/gopath, whose imports are the fakes of the
// libraries that the main module does not depend on.
func env(dir string) []string {
	const gopath = "/testdata/gopath/src/"
	i := strings.Index(filepath.ToSlash(dir), gopath)
	if i < 0 {
		return nil
	}
	return append(os.Environ(), "GO111MODULE=off", "GOFLAGS=", "GOPATH="+filepath.FromSlash(filepath.ToSlash(dir)[:i+len(gopath)-len("/src/")]))
}

// A finding is one diagnostic, by analyzer and message: positions move
// when fixes apply.
type finding struct{ analyzer, message string }

func (f finding) String() string { return f.analyzer + ": " + f.message }

func checkFixes(t *testing.T, dir string) {
	overlay := make(map[string][]byte) // the fixed files
	var expected map[finding]int       // what the previous round left
	fixedAny := false
	const rounds = 4
	for round := 0; round < rounds; round++ {
		fset, diags := analyze(t, dir, overlay)
		if t.Failed() {
			return
		}
		if expected != nil {
			for _, d := range diags {
				f := finding{d.analyzer, fixedtest.WithoutLines(d.Message)}
				if expected[f] == 0 {
					t.Errorf("round %d: the fixes draw a new diagnostic: %s: %s", round, fset.Position(d.Pos), f)
					continue
				}
				expected[f]--
			}
		}

		// Take the first fix of each diagnostic, unless it overlaps a
		// fix taken before.
		expected = make(map[finding]int)
		edits := make(map[string][]edit) // by file
		taken := 0
		for _, d := range diags {
			f := finding{d.analyzer, fixedtest.WithoutLines(d.Message)}
			if len(d.SuggestedFixes) == 0 {
				expected[f]++ // stays as it is
				continue
			}
			fix := d.SuggestedFixes[0]
			es, err := edits1(fset, fix.TextEdits)
			if err != nil {
				t.Errorf("%s: %s: fix %q: %v", fset.Position(d.Pos), f, fix.Message, err)
				continue
			}
			if !compatible(edits, es) {
				expected[f]++ // left for the next round
				continue
			}
			for _, e := range es {
				if !slices.Contains(edits[e.file], e) {
					edits[e.file] = append(edits[e.file], e)
				}
			}
			taken++
		}
		if taken == 0 {
			if !fixedAny {
				t.Error("no diagnostic has a fix: the test checks nothing")
			}
			for file, src := range overlay {
				t.Logf("%s after the fixes:\n%s", file, src)
			}
			return
		}
		t.Logf("round %d: %d diagnostics, %d fixes taken", round, len(diags), taken)
		fixedAny = true

		for file, es := range edits {
			src, ok := overlay[file]
			if !ok {
				var err error
				if src, err = os.ReadFile(file); err != nil {
					t.Fatal(err)
				}
			}
			out := apply(src, es)
			cleaned, err := dropUnusedImports(file, out)
			if err != nil {
				t.Errorf("round %d: %s does not parse after the fixes: %v\n%s", round, file, err, out)
				continue
			}
			if cleaned != nil {
				// Fixes that each keep an import used can leave it
				// unused together; the driver drops it (and formats).
				t.Logf("round %d: %s: the fixes together leave an import unused", round, file)
				out = cleaned
			}
			if formatted, err := format.Source(out); err != nil {
				t.Errorf("round %d: %s does not parse after the fixes: %v\n%s", round, file, err, out)
			} else if !bytes.Equal(formatted, out) {
				t.Errorf("round %d: %s is not gofmt-clean after the fixes:\n%s", round, file, out)
			}
			overlay[file] = out
		}
		if t.Failed() {
			return
		}
	}
	t.Errorf("fixes still left after %d rounds", rounds)
}

type diagnostic struct {
	analysis.Diagnostic
	analyzer string
}

// analyze loads the package in dir (with the fixed files of overlay) and
// returns the diagnostics of the suite's analyzers on it, in order.
func analyze(t *testing.T, dir string, overlay map[string][]byte) (*token.FileSet, []diagnostic) {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Overlay: overlay, Env: env(dir)}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 1 {
		t.Fatalf("%s: %d packages, want 1", dir, len(pkgs))
	}
	for _, e := range pkgs[0].Errors {
		t.Errorf("the code does not type-check: %v", e)
	}
	if t.Failed() {
		for file, src := range overlay {
			t.Logf("%s:\n%s", file, src)
		}
		return nil, nil
	}
	graph, err := checker.Analyze(suite.Analyzers(), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var diags []diagnostic
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			diags = append(diags, diagnostic{d, act.Analyzer.Name})
		}
	}
	slices.SortStableFunc(diags, func(a, b diagnostic) int { return int(a.Pos - b.Pos) })
	return pkgs[0].Fset, diags
}

// dropUnusedImports returns src without the imports it does not use
// (by the name they declare; a non-renaming import by the last element
// of its path), as the driver's -fix removes the imports that its fixes
// leave unused, or nil if every import is used.
func dropUnusedImports(name string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	dropped := false
	for _, spec := range slices.Clone(f.Imports) {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		var as string
		if spec.Name != nil {
			as = spec.Name.Name
		}
		if name := cmp.Or(as, assumedName(path)); name == "_" || name == "." || usesName(f, name) {
			continue
		}
		dropped = astutil.DeleteNamedImport(fset, f, as, path) || dropped
	}
	if !dropped {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// assumedName is the name that an import of path without an explicit
// name is assumed to bind, as goimports assumes it: the last element of
// the path, without a major-version suffix (k8s.io/klog/v2 is klog) or a
// "go-" prefix (github.com/hashicorp/go-hclog is hclog), up to its first
// character that cannot be in an identifier.
func assumedName(path string) string {
	elems := strings.Split(path, "/")
	name := elems[len(elems)-1]
	if len(elems) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = elems[len(elems)-2]
	}
	name = strings.TrimPrefix(name, "go-")
	if i := strings.IndexFunc(name, func(r rune) bool {
		return !(r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
	}); i >= 0 {
		name = name[:i]
	}
	return name
}

// usesName reports whether f qualifies an identifier with name.
func usesName(f *ast.File, name string) bool {
	used := false
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == name {
				used = true
			}
		}
		return !used
	})
	return used
}

// An edit is a TextEdit as byte offsets in a file.
type edit struct {
	file       string
	start, end int
	text       string
}

func edits1(fset *token.FileSet, tes []analysis.TextEdit) ([]edit, error) {
	var es []edit
	for _, te := range tes {
		end := te.End
		if !end.IsValid() {
			end = te.Pos
		}
		f := fset.File(te.Pos)
		if f == nil || fset.File(end) != f || end < te.Pos {
			return nil, fmt.Errorf("edit [%d, %d) is not within one file", te.Pos, end)
		}
		es = append(es, edit{f.Name(), f.Offset(te.Pos), f.Offset(end), string(te.NewText)})
	}
	for i, a := range es {
		for _, b := range es[i+1:] {
			if a.file == b.file && overlap(a, b) {
				return nil, fmt.Errorf("its own edits overlap: %+v, %+v", a, b)
			}
		}
	}
	return es, nil
}

// compatible reports whether es can join the edits taken so far: each is
// one of them, or overlaps none.
func compatible(taken map[string][]edit, es []edit) bool {
	for _, e := range es {
		for _, t := range taken[e.file] {
			if e != t && overlap(e, t) {
				return false
			}
		}
	}
	return true
}

// overlap reports whether two edits of one file touch the same text, or
// insert at the same point (in an order that would be a guess).
func overlap(a, b edit) bool {
	if a.start == a.end && b.start == b.end {
		return a.start == b.start
	}
	return a.start < b.end && b.start < a.end
}

// apply applies non-overlapping edits to src; an insertion at the start
// of a replaced range goes before it.
func apply(src []byte, es []edit) []byte {
	es = slices.Clone(es)
	slices.SortFunc(es, func(a, b edit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var out []byte
	last := 0
	for _, e := range es {
		out = append(out, src[last:e.start]...)
		out = append(out, e.text...)
		last = e.end
	}
	return append(out, src[last:]...)
}

// TestApplyEdits checks the edit helpers the test above relies on.
func TestApplyEdits(t *testing.T) {
	src := []byte("abcdef")
	got := apply(src, []edit{{"f", 4, 6, "X"}, {"f", 1, 1, "<"}, {"f", 1, 3, "B"}})
	if want := "a<BdX"; string(got) != want {
		t.Errorf("apply = %q, want %q", got, want)
	}
	for _, tc := range []struct {
		a, b edit
		want bool
	}{
		{edit{"f", 1, 3, ""}, edit{"f", 2, 4, ""}, true},
		{edit{"f", 1, 3, ""}, edit{"f", 3, 4, ""}, false},
		{edit{"f", 3, 3, "x"}, edit{"f", 3, 3, "y"}, true},
		{edit{"f", 3, 3, "x"}, edit{"f", 1, 3, ""}, false},
		{edit{"f", 2, 2, "x"}, edit{"f", 1, 3, ""}, true},
	} {
		if got := overlap(tc.a, tc.b); got != tc.want {
			t.Errorf("overlap(%+v, %+v) = %v", tc.a, tc.b, got)
		}
	}
	if !compatible(map[string][]edit{"f": {{"f", 1, 1, "x"}}}, []edit{{"f", 1, 1, "x"}}) {
		t.Error("an identical edit (the same import added twice) is not compatible")
	}
}
