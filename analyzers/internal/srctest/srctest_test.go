package srctest

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

const src = `package p

import "strconv"

// f has a doc comment.
func f(n int) string {
	var s struct{ x int }
	switch v := any(n).(type) {
	case int:
		_ = v
	}
	return strconv.Itoa(n + s.x)
}
`

func TestCheck(t *testing.T) {
	c := Check(t, src)
	if c.Pkg.Path() != "p" || c.Fset.Position(c.File.Pos()).Filename != "p.go" {
		t.Errorf("package %q in %s, want p in p.go", c.Pkg.Path(), c.Fset.Position(c.File.Pos()).Filename)
	}
	if c.Pkg.Scope().Lookup("f") == nil {
		t.Error("f is not in the package scope")
	}
	if len(c.File.Comments) == 0 {
		t.Error("comments were not parsed")
	}
	for name, n := range map[string]int{
		"Types": len(c.Info.Types), "Defs": len(c.Info.Defs), "Uses": len(c.Info.Uses),
		"Implicits": len(c.Info.Implicits), "Selections": len(c.Info.Selections), "Scopes": len(c.Info.Scopes),
	} {
		if n == 0 {
			t.Errorf("Info.%s is empty", name)
		}
	}
}

// fatalTB records a Fatalf and ends its goroutine, as testing.T does.
type fatalTB struct {
	testing.TB
	msg string
}

func (*fatalTB) Helper() {}

func (tb *fatalTB) Fatalf(format string, args ...any) {
	tb.msg = format
	runtime.Goexit()
}

// fails reports whether f, given a testing.TB, fails the test.
func fails(t *testing.T, f func(testing.TB)) bool {
	tb := &fatalTB{TB: t}
	done := make(chan bool)
	go func() {
		defer close(done)
		f(tb)
	}()
	<-done
	return tb.msg != ""
}

func TestErrors(t *testing.T) {
	const bad = "package p\n\nvar x int = \"s\"\n\nvar y = undefined\n"
	if !fails(t, func(tb testing.TB) { Check(tb, bad) }) {
		t.Error("Check passed a type error")
	}
	if !fails(t, func(tb testing.TB) { CheckErrors(tb, "package p\n\nfunc {") }) {
		t.Error("CheckErrors passed a parse error")
	}
	if fails(t, func(tb testing.TB) { Check(tb, src) }) {
		t.Error("Check failed on good source")
	}
	c, errs := CheckErrors(t, bad)
	if len(errs) != 2 {
		t.Errorf("CheckErrors: %d errors %v, want both", len(errs), errs)
	}
	if c.Pkg == nil || c.Pkg.Scope().Lookup("x") == nil {
		t.Error("CheckErrors: no package for what did check")
	}
}

// TestOnlyTestsImport checks that no file of the module but a _test.go
// file imports srctest.
func TestOnlyTestsImport(t *testing.T) {
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			if b, _ := os.ReadFile(filepath.Join(root, "go.mod")); strings.Contains(string(b), "module github.com/tracelint/tracelint\n") {
				break
			}
		}
		up := filepath.Dir(root)
		if up == root {
			t.Fatal("no go.mod of github.com/tracelint/tracelint above the test")
		}
		root = up
	}
	const self = "github.com/tracelint/tracelint/analyzers/internal/srctest"
	fset := token.NewFileSet()
	read := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return nil // testdata may hold files that do not parse
		}
		read++
		for _, spec := range f.Imports {
			if p, _ := strconv.Unquote(spec.Path.Value); p == self {
				rel, _ := filepath.Rel(root, path)
				t.Errorf("%s imports srctest, which is for _test.go files only", rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if read == 0 {
		t.Fatal("read no Go file")
	}
}
