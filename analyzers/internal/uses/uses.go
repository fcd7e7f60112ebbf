// Package uses counts the uses of objects in syntax, so that a fix can
// tell whether deleting code leaves a variable or an import unused (the
// fixed code would not compile).
package uses

import (
	"go/ast"
	"go/types"
)

// Count returns how often each object is used in nodes: the identifiers
// that refer to it, except those only assigned to (x = v, x++), which
// do not keep a variable used.
func Count(info *types.Info, nodes ...ast.Node) map[types.Object]int {
	counts := make(map[types.Object]int)
	for _, n := range nodes {
		assigned := make(map[*ast.Ident]bool)
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				// x = v, x += v, and x redeclared by :=.
				for _, lhs := range n.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
						assigned[id] = true
					}
				}
			case *ast.IncDecStmt:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					assigned[id] = true
				}
			case *ast.Ident:
				if obj := info.Uses[n]; obj != nil && !assigned[n] {
					counts[obj]++
				}
			}
			return true
		})
	}
	return counts
}

// Dropped returns the objects whose every use counted in total lies in
// removed: deleting removed while writing kept again leaves them unused.
// A use inside removed counts even where it is assigned to.
func Dropped(info *types.Info, total map[types.Object]int, removed, kept []ast.Node) []types.Object {
	gone := make(map[types.Object]int)
	var order []types.Object
	for _, n := range removed {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if obj := info.Uses[id]; obj != nil {
					if gone[obj] == 0 {
						order = append(order, obj)
					}
					gone[obj]++
				}
			}
			return true
		})
	}
	if len(gone) == 0 {
		return nil
	}
	stay := Count(info, kept...)
	var dropped []types.Object
	for _, obj := range order {
		if gone[obj] >= total[obj] && stay[obj] == 0 {
			dropped = append(dropped, obj)
		}
	}
	return dropped
}
