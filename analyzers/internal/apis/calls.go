package apis

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Calls resolves the calls of one package to rows of the table,
// including calls through variables that hold a known function: a local
// f := logger.Info or f := (*slog.Logger).Info, a package-level
// var Info = slog.Info. A variable counts only when it is given its
// function once, where it is declared, and is never assigned again nor
// has its address taken: then every call of it calls that function.
type Calls struct {
	info *types.Info
	vars map[*types.Var]*API
	// wrappers are the program's functions that wrap a row of the
	// table (see [Derive]); nil when none is known.
	wrappers Wrappers
	// sites are the files where some call calls a known API, directly
	// or through a variable, or a go statement spawns code, in order.
	sites []*ast.File

	// Problems are the declarations of wrappers that do not fit the
	// functions they name: a directive of the package on a function
	// without a message parameter, or a -wrappers declaration of a
	// function that the package calls (at its first call). The analyzer
	// that reports them is idinmessage.
	Problems []Problem

	// FixedResult reports whether a method only returns a constant
	// string (func (*Ping) Name() string { return "PING" }), in this
	// package or, through facts, in another of the analysed modules.
	FixedResult func(*types.Func) bool
}

// Wrappers are the program's own functions that wrap a row of the table.
type Wrappers interface {
	// Row returns the row of fn, an origin function, or nil.
	Row(fn *types.Func) *API
	// Misfit returns why a declaration of fn does not fit it, or "".
	Misfit(fn *types.Func) string
}

// A Problem is a declaration of the package that does not fit.
type Problem struct {
	Pos     token.Pos
	Message string
}

// Empty reports whether the package has nothing that tracelint's syntax
// analyzers look at: no call of a known API (directly, as a method
// expression or through a variable) and no go statement. A package can
// import zap or OpenTelemetry, directly or not, and still have none of
// those (most packages of a module that logs everywhere reach the
// library only through their imports); no inspector is built for it.
func (c *Calls) Empty() bool { return c == nil || len(c.sites) == 0 }

// Sites returns the files of the package that hold a call of a known
// API or a go statement, in order; every file when a variable holds a
// known function (its calls are resolved later, by Lookup).
func (c *Calls) Sites() []*ast.File {
	if c == nil {
		return nil
	}
	return c.sites
}

// NewCalls scans files (the package's syntax) for variables that hold
// a known function. The calls of w (nil for none) resolve as calls of
// the table's rows do.
func NewCalls(info *types.Info, files []*ast.File, w Wrappers) *Calls {
	c := &Calls{info: info, vars: make(map[*types.Var]*API), wrappers: w}
	misfits := make(map[string]bool)
	spoiled := make(map[*types.Var]bool)
	hold := func(id *ast.Ident, value ast.Expr) {
		v, _ := info.Defs[id].(*types.Var)
		if v == nil || value == nil {
			return
		}
		fn, shift := callee(info, value)
		if _, isCall := ast.Unparen(value).(*ast.CallExpr); isCall {
			return // a call's result, not the function
		}
		if a := c.forFunc(fn, shift); a != nil {
			c.vars[v] = a
		}
	}
	spoil := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				spoiled[v] = true
			}
		}
	}
	for _, f := range files {
		site := false
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if site && w == nil {
					break
				}
				if a := c.lookupCallee(n); a != nil && a.Role != Exit {
					site = true
				} else if w != nil {
					fn, _ := typeutil.Callee(info, n).(*types.Func)
					if m := w.Misfit(fn); m != "" && !misfits[m] {
						misfits[m] = true
						c.Problems = append(c.Problems, Problem{n.Pos(), m})
					}
				}
			case *ast.GoStmt:
				site = true
			case *ast.ValueSpec:
				if len(n.Values) == len(n.Names) {
					for i, id := range n.Names {
						hold(id, n.Values[i])
					}
				}
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						if id, ok := lhs.(*ast.Ident); ok && info.Defs[id] != nil {
							hold(id, n.Rhs[i])
							continue
						}
						spoil(lhs) // redeclared in a :=: assigned again
					}
					return true
				}
				for _, lhs := range n.Lhs {
					spoil(lhs)
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					spoil(n.X)
				}
			}
			return true
		})
		if site {
			c.sites = append(c.sites, f)
		}
	}
	for v := range spoiled {
		delete(c.vars, v)
	}
	if len(c.vars) > 0 {
		c.sites = files // calls through them are not resolved above
	}
	return c
}

// Lookup returns the row for the function that call calls, directly,
// as a method expression, or through a variable that holds it; or nil.
func (c *Calls) Lookup(call *ast.CallExpr) *API {
	if a := c.lookupCallee(call); a != nil {
		return a
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if v, ok := c.info.Uses[id].(*types.Var); ok {
			return c.vars[v]
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if v, ok := c.info.Uses[sel.Sel].(*types.Var); ok && !v.IsField() {
			return c.vars[v] // pkg.Var, a variable of this package (only)
		}
	}
	return nil
}

// lookupCallee returns the row of the function that call names: a row
// of the table or a wrapper's.
func (c *Calls) lookupCallee(call *ast.CallExpr) *API {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	fn, shift := calleeShift(c.info, call.Fun, fn)
	return c.forFunc(fn, shift)
}

// forFunc is [forFunc] with the wrappers.
func (c *Calls) forFunc(fn *types.Func, shift int) *API {
	if a := forFunc(fn, shift); a != nil || fn == nil || c.wrappers == nil {
		return a
	}
	a := c.wrappers.Row(fn.Origin())
	if a != nil && shift > 0 {
		a = a.shifted(shift)
	}
	return a
}

// Resolver returns a Calls that resolves calls through the table and
// w only, without scanning a package for variables: for code that looks
// at calls before the package's Calls exist.
func Resolver(info *types.Info, w Wrappers) *Calls {
	return &Calls{info: info, wrappers: w}
}

// Func returns the row of fn, a row of the table or a wrapper's, or nil.
func (c *Calls) Func(fn *types.Func) *API {
	if c == nil {
		return forFunc(fn, 0)
	}
	return c.forFunc(fn, 0)
}
