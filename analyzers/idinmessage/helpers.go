package idinmessage

import (
	"go/ast"
	"go/types"
)

// constCall reports whether e is a call, with constant arguments, of a
// function of this package that only combines its arguments and
// constants (see combiner): docURL("config") with
//
//	func docURL(page string) string { return "https://docs.example.com/" + page }
//
// is the same text at every run, as a constant is.
func (c *checker) constCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return false
	}
	fn := calleeFunc(c.pass.TypesInfo, call)
	if fn == nil || !c.combiner(fn) {
		return false
	}
	for _, a := range call.Args {
		if c.pass.TypesInfo.Types[a].Value == nil && !c.constCall(a) {
			return false
		}
	}
	return true
}

// combiner reports whether fn is a function of this package that only
// combines its parameters and constants into a string: no receiver and
// no type parameters, parameters of basic types, one string result, and
// a body that is one return statement of an expression made of
// constants, the parameters, +, conversions, fmt's Sprint functions,
// strconv's functions and calls of other such functions.
func (c *checker) combiner(fn *types.Func) bool {
	if v, ok := c.combiners[fn]; ok {
		return v
	}
	c.combiners[fn] = false // while deciding: a recursive call is not one
	v := c.isCombiner(fn)
	c.combiners[fn] = v
	return v
}

func (c *checker) isCombiner(fn *types.Func) bool {
	if fn.Pkg() != c.pass.Pkg {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() != nil || sig.TypeParams() != nil || sig.Variadic() || sig.Results().Len() != 1 || !isString(sig.Results().At(0).Type()) {
		return false
	}
	params := make(map[types.Object]bool)
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if _, ok := p.Type().Underlying().(*types.Basic); !ok {
			return false
		}
		params[p] = true
	}
	decl := c.funcDecl(fn)
	if decl == nil || decl.Body == nil || len(decl.Body.List) != 1 {
		return false
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	return c.combines(ret.Results[0], params)
}

// combines reports whether e is made only of constants, the parameters
// params, + and the calls that combiner allows.
func (c *checker) combines(e ast.Expr, params map[types.Object]bool) bool {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return c.combines(e.X, params)
	case *ast.Ident:
		return params[info.Uses[e]]
	case *ast.BinaryExpr:
		return e.Op.String() == "+" && c.combines(e.X, params) && c.combines(e.Y, params)
	case *ast.CallExpr:
		if e.Ellipsis.IsValid() {
			return false
		}
		args := func() bool {
			for _, a := range e.Args {
				if !c.combines(a, params) {
					return false
				}
			}
			return true
		}
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			return len(e.Args) == 1 && args() // string(b), int64(n)
		}
		fn := calleeFunc(info, e)
		if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
			return false
		}
		switch fn.Pkg().Path() {
		case "fmt":
			switch fn.Name() {
			case "Sprintf", "Sprint", "Sprintln":
				return args()
			}
			return false
		case "strconv":
			return args()
		}
		return c.combiner(fn) && args()
	}
	return false
}

// funcDecl returns the declaration of fn, a function of this package.
func (c *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	if c.decls == nil {
		c.decls = make(map[*types.Func]*ast.FuncDecl)
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						c.decls[obj] = fd
					}
				}
			}
		}
	}
	return c.decls[fn]
}
