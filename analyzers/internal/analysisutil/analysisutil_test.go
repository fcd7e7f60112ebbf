package analysisutil

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

func TestExtractDoc(t *testing.T) {
	const src = `/*
Package p does things.

# Analyzer one

one: check the first thing

Details of one.

# Analyzer two

two: check the second thing
*/
package p
`
	got, err := ExtractDoc(src, "one")
	if want := "check the first thing\n\nDetails of one."; err != nil || got != want {
		t.Errorf("ExtractDoc(one) = %q, %v; want %q", got, err, want)
	}
	if got, err := ExtractDoc(src, "two"); err != nil || got != "check the second thing" {
		t.Errorf("ExtractDoc(two) = %q, %v", got, err)
	}
	if _, err := ExtractDoc(src, "three"); err == nil {
		t.Error("ExtractDoc(three) succeeded")
	}
	if _, err := ExtractDoc("/*\n# Analyzer x\n\nno title\n*/\npackage p\n", "x"); err == nil {
		t.Error("a section without its title line was accepted")
	}
}

func TestInspectOnlyWhereAPIsAreReachable(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"package p\n\nimport \"strings\"\n\nvar _ = strings.ToUpper\n", false},
		{"package p\n\nimport \"log/slog\"\n\nfunc f() { slog.Info(\"x\") }\n", true},
		// slog reachable, but no call of it and no go statement.
		{"package p\n\nimport \"log/slog\"\n\nvar _ slog.Level\n", false},
		{"package p\n\nimport \"log/slog\"\n\nvar _ slog.Level\n\nfunc f() { go f() }\n", true},
	} {
		c := srctest.Check(t, tc.src)
		pass := &analysis.Pass{Fset: c.Fset, Files: []*ast.File{c.File}, Pkg: c.Pkg, TypesInfo: c.Info}
		calls, err := Calls.Run(pass)
		if err != nil {
			t.Fatal(err)
		}
		pass.ResultOf = map[*analysis.Analyzer]any{Calls: calls}
		res, err := Inspect.Run(pass)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.(*inspector.Inspector) != nil; got != tc.want {
			t.Errorf("Inspect on %q: inspector built = %v, want %v", tc.src, got, tc.want)
		}
	}
}
