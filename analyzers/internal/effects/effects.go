// Package effects tells the expressions that a fix may move, duplicate
// or delete: those whose evaluation has no effect beyond its value.
package effects

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"golang.org/x/tools/go/types/typeutil"
)

// None reports whether evaluating n has no effect beyond its value: no
// receive, and no call but conversions, the builtins that only compute
// (len, cap, min, max, real, imag, complex), the field constructors,
// With and Value rows of the API table, Error and String methods, and the formatting
// functions of fmt and strconv. A function literal runs nothing where
// it is defined.
func None(info *types.Info, n ast.Node) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.CallExpr:
			ok = pureCall(info, n)
		}
		return ok
	})
	return ok
}

func pureCall(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true // a conversion
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "len", "cap", "min", "max", "real", "imag", "complex":
				return true
			}
			return false
		}
	}
	if a := apis.Lookup(info, call); a != nil && (a.Role == apis.With || a.Role == apis.FieldCtor || a.Role == apis.Value) {
		return true
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return false
	}
	if sig := fn.Signature(); sig.Recv() != nil {
		return (fn.Name() == "Error" || fn.Name() == "String") && sig.Params().Len() == 0
	}
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "strconv":
		return true
	case "fmt":
		return strings.HasPrefix(fn.Name(), "Sprint") || fn.Name() == "Errorf"
	}
	return false
}
