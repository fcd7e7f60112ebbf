package apis

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// fakeImporter type-checks the fakes of the analyzers' testdata
// (internal/testdata/src) on demand, and the standard library from
// export data.
type fakeImporter struct {
	t    *testing.T
	fset *token.FileSet
	std  types.Importer
	pkgs map[string]*types.Package
}

func newFakeImporter(t *testing.T) *fakeImporter {
	return &fakeImporter{t: t, fset: token.NewFileSet(), std: importer.Default(), pkgs: make(map[string]*types.Package)}
}

func (im *fakeImporter) Import(path string) (*types.Package, error) {
	if p := im.pkgs[path]; p != nil {
		return p, nil
	}
	dir := filepath.Join("..", "testdata", "src", filepath.FromSlash(path))
	if _, err := os.Stat(dir); err != nil {
		return im.std.Import(path)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(im.fset, name, nil, 0)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	p, err := (&types.Config{Importer: im}).Check(path, im.fset, files, nil)
	if err != nil {
		return nil, err
	}
	im.pkgs[path] = p
	return p, nil
}

// TestGokitRowsMatchFake checks go-kit's rows against the fake the
// analyzers' tests use (realcheck checks them against the real library).
func TestGokitRowsMatchFake(t *testing.T) {
	var lib *Library
	for _, l := range Libraries() {
		if l.Style == gokitKV {
			lib = l
		}
	}
	if lib == nil {
		t.Fatal("no go-kit library in the table")
	}
	im := newFakeImporter(t)
	for _, path := range lib.Paths() {
		if _, err := im.Import(path); err != nil {
			t.Fatal(err)
		}
	}
	checked, errs := CheckRows(im.pkgs, lib)
	for _, err := range errs {
		t.Error(err)
	}
	if checked != len(lib.rows) || checked < 5 {
		t.Errorf("checked %d rows of %d", checked, len(lib.rows))
	}
}

const gokitSrc = `package p

import (
	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
)

func f(logger log.Logger, key, m string, kvs []interface{}) {
	level.Info(logger).Log("msg", "first")
	logger.Log("user_id", 1, "msg", "second", "n", 2)
	logger.Log("event", "third")
	logger.Log(key, "fourth")
	logger.Log(kvs...)
	log.Logger.Log(logger, "a", 1, "msg", "fifth")
	log.With(logger, "msg", "sixth")
	logger.Log("msg", 7)
}
`

// TestForCall checks the per-call rows of go-kit's Log: the message is
// the value after the constant "msg" key, the fields follow it, and the
// keys before it are taken.
func TestForCall(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", gokitSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: make(map[ast.Expr]types.TypeAndValue), Uses: make(map[*ast.Ident]types.Object), Selections: make(map[*ast.SelectorExpr]*types.Selection)}
	if _, err := (&types.Config{Importer: newFakeImporter(t)}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	type result struct {
		msg, fields int
		keys        []string
		lead        int
	}
	want := []*result{
		{1, 2, []string{"msg"}, 0},
		{3, 4, []string{"user_id", "msg", "n"}, 2},
		nil,
		nil,
		nil,
		{4, 5, []string{"a", "msg"}, 2},
		nil,
	}
	var got []*result
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		row := Lookup(info, call)
		if row == nil {
			return true
		}
		if row.Role == With {
			if row.ForCall(info, call) != row {
				t.Errorf("ForCall of a With row is not the row")
			}
			return true
		}
		if row.Role != Event || row.Msg != -1 {
			return true
		}
		a := row.ForCall(info, call)
		if a == nil {
			got = append(got, nil)
			return true
		}
		keys, _ := a.FieldKeys(info, call)
		got = append(got, &result{a.Msg, a.Fields, keys, len(a.LeadArgs(call))})
		return true
	})
	if len(got) != len(want) {
		t.Fatalf("%d Log calls, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if (g == nil) != (w == nil) || g != nil && (g.msg != w.msg || g.fields != w.fields || !slices.Equal(g.keys, w.keys) || g.lead != w.lead) {
			t.Errorf("call %d: got %+v, want %+v", i, g, w)
		}
	}
}
