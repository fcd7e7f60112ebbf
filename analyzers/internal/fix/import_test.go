package fix

import (
	"go/format"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

// TestImportIsGofmtClean adds an import to files of every shape and
// checks that the result is exactly what gofmt prints (gofmt sorts the
// specs of an import block, so an edit in the wrong place is not clean).
func TestImportIsGofmtClean(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"no imports", "package p\n\nfunc f() {}\n"},
		{"single", "package p\n\nimport \"context\"\n\nvar _ context.Context\n"},
		{"block, middle", "package p\n\nimport (\n\t\"context\"\n\t\"time\"\n)\n\nvar _ context.Context\nvar _ time.Time\n"},
		{"block, end", "package p\n\nimport (\n\t\"context\"\n\t\"errors\"\n)\n\nvar _ context.Context\nvar _ = errors.New\n"},
		{"groups", "package p\n\nimport (\n\t\"context\"\n\n\t\"example.com/z\"\n)\n\nvar _ context.Context\nvar _ = z.X\n"},
		// Not gofmt-clean to start with: the result must still parse.
		{"one line", "package p\n\nimport (\"context\"; \"time\")\n\nvar _ context.Context\nvar _ time.Time\n"},
		{"doc comment", "package p\n\nimport (\n\t\"context\"\n\t// time is for times.\n\t\"time\"\n)\n\nvar _ context.Context\nvar _ time.Time\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// "groups" imports a package that is not there: the type
			// errors are of no matter to Import.
			c, _ := srctest.CheckErrors(t, tc.src)
			fset, f := c.Fset, c.File
			pass := &analysis.Pass{Fset: fset, TypesInfo: c.Info, Pkg: c.Pkg}
			name, edits, ok := Import(pass, f, f.Decls[len(f.Decls)-1].Pos(), "log/slog", "slog")
			if !ok || name != "slog" || len(edits) != 1 {
				t.Fatalf("Import = %q, %v, %v", name, edits, ok)
			}
			e := edits[0]
			start, end := fset.Position(e.Pos).Offset, fset.Position(e.End).Offset
			got := tc.src[:start] + string(e.NewText) + tc.src[end:]
			want, err := format.Source([]byte(got))
			if err != nil {
				t.Fatalf("result does not parse: %v\n%s", err, got)
			}
			if string(want) != got && tc.src == string(mustFormat(t, tc.src)) {
				t.Errorf("result is not gofmt-clean:\n%s\ngofmt:\n%s", got, want)
			}
		})
	}
}

func mustFormat(t *testing.T, src string) []byte {
	out, err := format.Source([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return out
}
