package apis

import (
	"go/ast"
	"go/token"
	"go/types"
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
	// sites are the files where some call calls a known API, directly
	// or through a variable, or a go statement spawns code, in order.
	sites []*ast.File
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
// a known function.
func NewCalls(info *types.Info, files []*ast.File) *Calls {
	c := &Calls{info: info, vars: make(map[*types.Var]*API)}
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
		if a := forFunc(fn, shift); a != nil {
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
				if !site && Lookup(info, n) != nil {
					site = true
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
	if a := Lookup(c.info, call); a != nil {
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
