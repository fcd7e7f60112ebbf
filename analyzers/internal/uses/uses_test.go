package uses

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

const src = `package p

import "strconv"

func f(n int) string {
	x := n
	x = 2
	x++
	y := strconv.Itoa(x)
	return y + strconv.Itoa(n)
}
`

func TestCountAndDropped(t *testing.T) {
	c := srctest.Check(t, src)
	f, info := c.File, c.Info
	byName := make(map[string]types.Object)
	for id, obj := range info.Defs {
		if obj != nil {
			byName[id.Name] = obj
		}
	}
	for id, obj := range info.Uses {
		if _, ok := obj.(*types.PkgName); ok {
			byName[id.Name] = obj
		}
	}
	counts := Count(info, f)
	for name, want := range map[string]int{"x": 1, "y": 1, "n": 2, "strconv": 2} {
		if got := counts[byName[name]]; got != want {
			t.Errorf("Count(%s) = %d, want %d (assignments are not uses)", name, got, want)
		}
	}
	// Deleting the return statement drops y's only use, and strconv's
	// second, but not n's other one.
	var ret *ast.ReturnStmt
	ast.Inspect(f, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok {
			ret = r
		}
		return true
	})
	dropped := Dropped(info, counts, []ast.Node{ret}, nil)
	if len(dropped) != 1 || dropped[0] != byName["y"] {
		t.Errorf("Dropped(return) = %v, want [y]", dropped)
	}
	// Writing the value of y again keeps it.
	if d := Dropped(info, counts, []ast.Node{ret}, []ast.Node{ret.Results[0]}); len(d) != 0 {
		t.Errorf("Dropped with the value kept = %v, want none", d)
	}
}
