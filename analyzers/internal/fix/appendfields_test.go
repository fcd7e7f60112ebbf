package fix

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

func TestAppendFields(t *testing.T) {
	for _, tc := range []struct {
		src, want string
	}{
		{ // one line: after the last argument
			"f(\"msg\", a(1))",
			"f(\"msg\", a(1), b(2), c(3))",
		},
		{ // one field per line: a line each, with the trailing comma
			"f(\"msg\",\n\t\ta(1),\n\t)",
			"f(\"msg\",\n\t\ta(1),\n\t\tb(2),\n\t\tc(3),\n\t)",
		},
		{ // several fields on the last line: after the last argument
			"f(\"msg\",\n\t\ta(1), a(2),\n\t)",
			"f(\"msg\",\n\t\ta(1), a(2), b(2), c(3),\n\t)",
		},
		{ // a comment after the last field stays on its line
			"f(\"msg\",\n\t\ta(1), // one\n\t)",
			"f(\"msg\",\n\t\ta(1), // one\n\t\tb(2),\n\t\tc(3),\n\t)",
		},
	} {
		src := "package p\n\nfunc g() {\n\t" + tc.src + "\n}\n"
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		call := f.Decls[0].(*ast.FuncDecl).Body.List[0].(*ast.ExprStmt).X.(*ast.CallExpr)
		last := call.Args[len(call.Args)-1].Pos()
		e, ok := AppendFields(fset, f, call, last, []string{"b(2)", "c(3)"})
		if !ok {
			t.Fatalf("%q: not ok", tc.src)
		}
		base := fset.File(f.Pos()).Base()
		got := src[:int(e.Pos)-base] + string(e.NewText) + src[int(e.End)-base:]
		if want := "package p\n\nfunc g() {\n\t" + tc.want + "\n}\n"; got != want {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.src, got, want)
		}
	}
}

func TestWholeStyle(t *testing.T) {
	kv := apisStyle(t, "slog key-value pairs")
	if got := WholeStyle(kv); got != apisStyle(t, "slog attributes") {
		t.Errorf("WholeStyle(slog kv) = %v", got.Name)
	}
	if got := WholeStyle(apisStyle(t, "zap sugared key-value pairs")); got != apisStyle(t, "zap fields") {
		t.Errorf("WholeStyle(zap kv) = %v", got.Name)
	}
	if tf := apisStyle(t, "tracing fields"); WholeStyle(tf) != tf {
		t.Error("WholeStyle(tracing fields) is another style")
	}
}
