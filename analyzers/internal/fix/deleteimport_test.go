package fix

import (
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

func TestDeleteImport(t *testing.T) {
	for _, tc := range []struct {
		name, src, path, want string
		ok                    bool
	}{
		{
			name: "only import",
			src:  "package p\n\nimport \"fmt\"\n\nfunc f() {}\n",
			path: "fmt",
			want: "package p\n\nfunc f() {}\n",
			ok:   true,
		},
		{
			name: "only import, grouped, with doc",
			src:  "package p\n\n// fmt for printing\nimport (\n\t\"fmt\"\n)\n\nvar x = 1\n",
			path: "fmt",
			want: "package p\n\nvar x = 1\n",
			ok:   true,
		},
		{
			name: "one of a group, with comments",
			src:  "package p\n\nimport (\n\t// doc\n\t\"fmt\" // why\n\t\"strconv\"\n)\n\nvar _ = strconv.Itoa\n",
			path: "fmt",
			want: "package p\n\nimport (\n\t\"strconv\"\n)\n\nvar _ = strconv.Itoa\n",
			ok:   true,
		},
		{
			name: "last of a group",
			src:  "package p\n\nimport (\n\t\"fmt\"\n\tstr \"strconv\"\n)\n\nvar _ = fmt.Sprint\n",
			path: "strconv",
			want: "package p\n\nimport (\n\t\"fmt\"\n)\n\nvar _ = fmt.Sprint\n",
			ok:   true,
		},
		{
			name: "shares a line",
			src:  "package p\n\nimport (\"fmt\"; \"strconv\")\n",
			path: "fmt",
			ok:   false,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", tc.src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			var spec *ast.ImportSpec
			for _, s := range f.Imports {
				if p, _ := strconv.Unquote(s.Path.Value); p == tc.path {
					spec = s
				}
			}
			edit, ok := DeleteImport(fset, f, spec)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			tf := fset.File(f.Pos())
			got := tc.src[:tf.Offset(edit.Pos)] + string(edit.NewText) + tc.src[tf.Offset(edit.End):]
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			if formatted, err := format.Source([]byte(got)); err != nil || string(formatted) != got {
				t.Errorf("result is not gofmt-clean (%v):\n%s", err, got)
			}
		})
	}
}
