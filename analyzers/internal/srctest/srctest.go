// Package srctest type-checks a Go source string for the tests of the
// analyzers' internal packages, which each need a file with its types
// but not a whole analysis pass:
//
//	c := srctest.Check(t, src)
//	counts := uses.Count(c.Info, c.File)
//
// It is not a test package, so that those tests can share it, but it is
// for tests only: it imports testing, and only _test.go files may import
// it (TestOnlyTestsImport checks this).
package srctest

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// Checked is one type-checked package "p": its files p.go (File), and
// for CheckFiles p1.go, p2.go, ... (Files holds them all, in order).
type Checked struct {
	Fset  *token.FileSet
	File  *ast.File
	Files []*ast.File
	Pkg   *types.Package
	// Info has every map a test reads filled: Types, Defs, Uses,
	// Implicits, Selections and Scopes.
	Info *types.Info
}

// Check parses src (with its comments, as analysis passes have them) as
// the file p.go of package p and type-checks it. A parse or type error
// fails the test at once.
func Check(t testing.TB, src string) *Checked {
	t.Helper()
	return CheckFiles(t, src)
}

// CheckFiles is Check for a package of several files: srcs[0] is p.go,
// the next ones p1.go, p2.go, ...
func CheckFiles(t testing.TB, srcs ...string) *Checked {
	t.Helper()
	c, errs := check(t, srcs...)
	if len(errs) > 0 {
		t.Fatalf("srctest: source does not type-check: %v", errs)
	}
	return c
}

// CheckErrors is Check for a source that need not type-check: a parse
// error still fails the test, but a type error does not stop the
// checker, and the type errors come back for the test to judge. Pkg and
// Info hold what could be checked.
func CheckErrors(t testing.TB, src string) (*Checked, []error) {
	t.Helper()
	return check(t, src)
}

func check(t testing.TB, srcs ...string) (*Checked, []error) {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	for i, src := range srcs {
		name := "p.go"
		if i > 0 {
			name = fmt.Sprintf("p%d.go", i)
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatalf("srctest: %v", err)
		}
		files = append(files, f)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Implicits:  make(map[ast.Node]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:     make(map[ast.Node]*types.Scope),
	}
	var errs []error
	conf := types.Config{
		// The compiler's export data of the standard library, which the
		// go command builds once and caches. The "source" importer
		// type-checks std from source on every run instead: some five
		// seconds for net/http, and it has to run cgo (a C compiler)
		// for net.
		Importer: importer.Default(),
		Error:    func(err error) { errs = append(errs, err) },
	}
	pkg, _ := conf.Check("p", fset, files, info)
	return &Checked{Fset: fset, File: files[0], Files: files, Pkg: pkg, Info: info}, errs
}
