package driver

import (
	"bytes"
	"go/ast"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

const fixSrc = `package p

import (
	"fmt"
	"strings"
)

func F() string { return fmt.Sprint(1) + strings.ToUpper("a") }

func G() string { return fmt.Sprint(2) }
`

// After the fixes of rewriter but the conflicting one: fmt is unused
// and goes, strings stays.
const fixWant = `package p

import (
	"strings"
)

func F() string { return "1" + strings.ToUpper("a") }

func G() string { return "2" }
`

// rewriter reports each fmt.Sprint(x) with a fix that replaces it by
// "x", twice in G (the same fix, as a package and its test variant
// would), then the return expression of F with a fix that conflicts.
var rewriter = &analysis.Analyzer{
	Name: "rewriter",
	Doc:  "rewriter: test fixes",
	Run: func(pass *analysis.Pass) (any, error) {
		var whole ast.Expr
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.ReturnStmt:
					if whole == nil {
						whole = n.Results[0]
					}
				case *ast.CallExpr:
					sel, ok := n.Fun.(*ast.SelectorExpr)
					if !ok || sel.Sel.Name != "Sprint" {
						return true
					}
					lit := n.Args[0].(*ast.BasicLit)
					d := analysis.Diagnostic{Pos: n.Pos(), Message: "sprint", SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "Quote",
						TextEdits: []analysis.TextEdit{{Pos: n.Pos(), End: n.End(), NewText: []byte(`"` + lit.Value + `"`)}},
					}}}
					pass.Report(d)
					if lit.Value == "2" {
						pass.Report(d)
					}
				}
				return true
			})
		}
		pass.Report(analysis.Diagnostic{Pos: whole.Pos(), Message: "whole", SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Replace",
			TextEdits: []analysis.TextEdit{{Pos: whole.Pos(), End: whole.End(), NewText: []byte(`""`)}},
		}}})
		return nil, nil
	},
}

// fixture writes the module of fixSrc and analyzes it with rewriter.
func fixture(t *testing.T) (string, *checker.Graph) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/p\n\ngo 1.22\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "p.go")
	if err := os.WriteFile(file, []byte(fixSrc), 0o666); err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir, Env: append(os.Environ(), "GOWORK=off")}, ".")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{rewriter}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return file, graph
}

func TestApplyFixes(t *testing.T) {
	file, graph := fixture(t)
	var out bytes.Buffer
	err := applyFixes(graph.Roots, false, &out)
	if want := "applied 3 of 4 fixes; 1 file updated. (Re-run the command to apply more.)"; err == nil || err.Error() != want {
		t.Errorf("applyFixes: error %v, want %q", err, want)
	}
	if out.Len() > 0 {
		t.Errorf("applyFixes without diff printed %q", out.String())
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != fixWant {
		t.Errorf("fixed file:\n%s\nwant:\n%s", got, fixWant)
	}
}

func TestApplyFixesDiff(t *testing.T) {
	file, graph := fixture(t)
	var out bytes.Buffer
	err := applyFixes(graph.Roots, true, &out)
	if want := "1 of 4 fixes skipped (e.g. due to conflicts)"; err == nil || err.Error() != want {
		t.Errorf("applyFixes: error %v, want %q", err, want)
	}
	want := "--- " + file + " (old)\n+++ " + file + " (new)\n" + `@@ -1,10 +1,9 @@
 package p
 
 import (
-	"fmt"
 	"strings"
 )
 
-func F() string { return fmt.Sprint(1) + strings.ToUpper("a") }
+func F() string { return "1" + strings.ToUpper("a") }
 
-func G() string { return fmt.Sprint(2) }
+func G() string { return "2" }
`
	if out.String() != want {
		t.Errorf("diff:\n%s\nwant:\n%s", out.String(), want)
	}
	if got, err := os.ReadFile(file); err != nil || string(got) != fixSrc {
		t.Errorf("-diff changed the file (%v):\n%s", err, got)
	}
}

func TestUnified(t *testing.T) {
	lines := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(f(i) + "\n")
		}
		return b.String()
	}
	old := lines(40, func(i int) string { return "line " + string(rune('A'+i%26)) + string(rune('a'+i/26)) })
	for _, tc := range []struct{ name, new string }{
		{"equal", old},
		{"one change", strings.Replace(old, "line Ca\n", "changed\n", 1)},
		{"far apart", strings.Replace(strings.Replace(old, "line Ba\n", "x\n", 1), "line Nb\n", "", 1)},
		{"near", strings.Replace(strings.Replace(old, "line Ca\n", "", 1), "line Ia\n", "y\nz\n", 1)},
		{"prepend", "first\n" + old},
		{"append no newline", old + "tail"},
		{"empty", ""},
		{"all new", "a\nb\n"},
	} {
		d := unified("a", "b", old, tc.new)
		if tc.new == old {
			if d != "" {
				t.Errorf("%s: diff of equal texts %q", tc.name, d)
			}
			continue
		}
		if got, err := patch(old, d); err != "" || got != tc.new {
			t.Errorf("%s: patching with\n%s\ngives (%s)\n%q\nwant\n%q", tc.name, d, err, got, tc.new)
		}
	}
	if d := unified("a", "b", old, strings.Replace(strings.Replace(old, "line Ba\n", "x\n", 1), "line Nb\n", "", 1)); strings.Count(d, "@@ -") != 2 {
		t.Errorf("distant changes are not two hunks:\n%s", d)
	}
}

// patch applies the unified diff d to old, checking every context and
// deleted line.
func patch(old, d string) (string, string) {
	src := splitLines(old)
	var out []string
	next := 0 // index in src of the next line to copy
	dl := strings.SplitAfter(d, "\n")
	for i := 2; i < len(dl) && dl[i] != ""; i++ {
		l := dl[i]
		if strings.HasPrefix(l, "@@ -") {
			var from int
			for _, c := range strings.TrimPrefix(l, "@@ -") {
				if c < '0' || c > '9' {
					break
				}
				from = from*10 + int(c-'0')
			}
			if strings.HasPrefix(l, "@@ -0,0") {
				from = 1
			}
			for next < from-1 {
				out = append(out, src[next])
				next++
			}
			continue
		}
		text := l[1:]
		if i+1 < len(dl) && strings.HasPrefix(dl[i+1], `\ No newline`) {
			text = strings.TrimSuffix(text, "\n")
			i++
		}
		switch l[0] {
		case ' ', '-':
			if next >= len(src) || src[next] != text {
				return "", "mismatch at " + l
			}
			if l[0] == ' ' {
				out = append(out, text)
			}
			next++
		case '+':
			out = append(out, text)
		default:
			return "", "bad line " + l
		}
	}
	out = append(out, src[next:]...)
	return strings.Join(out, ""), ""
}
