package wrappers

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// A candidate is a function declaration of the package that may wrap
// an event or a span start.
type candidate struct {
	fn       *types.Func
	params   map[*types.Var]int // the parameters never assigned in the body, by index
	calls    []*ast.CallExpr    // the calls of the body (not of its function literals)
	returns  []*ast.ReturnStmt
	assigned map[*ast.CallExpr][]ast.Expr // a, b := call (or =): the left-hand sides
}

// infer returns the wrappers among the package's function declarations:
// a function whose parameters reach, unchanged, the message (the span
// name), the fields and the context of an event or a span start of the
// table, of a wrapper of a dependency, or of another wrapper of the
// package (found in rounds until none is new). A span start's wrapper
// must also return what the start returns (return tracer.Start(...), or
// ctx, span := tracer.Start(...) ... return ctx, span).
func infer(pass *analysis.Pass, known *Result) map[*types.Func]*apis.API {
	info := pass.TypesInfo
	var cands []*candidate
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil || !mayWrap(fn.Signature()) {
				continue
			}
			if c := newCandidate(info, fn, fd); len(c.calls) > 0 {
				cands = append(cands, c)
			}
		}
	}
	found := make(map[*types.Func]*apis.API)
	if len(cands) == 0 {
		return found
	}
	res := apis.Resolver(info, rounds{found, known})
	for changed := true; changed; {
		changed = false
		for _, c := range cands {
			if found[c.fn] != nil {
				continue
			}
			for _, call := range c.calls {
				if a := res.Lookup(call); a != nil && (a.Role == apis.Event || a.Role == apis.SpanStart) {
					if d := c.derive(info, call, a); d != nil {
						found[c.fn] = d
						changed = true
						break
					}
				}
			}
		}
	}
	return found
}

// mayWrap reports whether a function of signature sig could pass a
// message on: it takes a string or a variadic parameter.
func mayWrap(sig *types.Signature) bool {
	if sig.Variadic() {
		return true
	}
	for v := range sig.Params().Variables() {
		if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Kind() == types.String {
			return true
		}
	}
	return false
}

func newCandidate(info *types.Info, fn *types.Func, fd *ast.FuncDecl) *candidate {
	c := &candidate{fn: fn, params: make(map[*types.Var]int), assigned: make(map[*ast.CallExpr][]ast.Expr)}
	for i := range fn.Signature().Params().Len() {
		c.params[fn.Signature().Params().At(i)] = i
	}
	spoil := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				delete(c.params, v)
			}
		}
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			// A closure's calls are not the function's; what it
			// assigns still changes the parameters.
			ast.Inspect(n.Body, func(m ast.Node) bool {
				switch m := m.(type) {
				case *ast.AssignStmt:
					for _, l := range m.Lhs {
						spoil(l)
					}
				case *ast.UnaryExpr:
					if m.Op == token.AND {
						spoil(m.X)
					}
				}
				return true
			})
			return false
		case *ast.CallExpr:
			c.calls = append(c.calls, n)
		case *ast.ReturnStmt:
			c.returns = append(c.returns, n)
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				spoil(l)
			}
			if len(n.Rhs) == 1 {
				if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
					c.assigned[call] = n.Lhs
				}
			}
		case *ast.IncDecStmt:
			spoil(n.X)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				spoil(n.Key)
				if n.Value != nil {
					spoil(n.Value)
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				spoil(n.X)
			}
		}
		return true
	})
	return c
}

// param returns the index of the parameter that e names, or -1.
func (c *candidate) param(info *types.Info, e ast.Expr) int {
	if e == nil {
		return -1
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return -1
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return -1
	}
	if i, ok := c.params[v]; ok {
		return i
	}
	return -1
}

// derive returns c's row if call, a call of a, passes c's parameters
// on as a wrapper does; nil otherwise.
func (c *candidate) derive(info *types.Info, call *ast.CallExpr, a *apis.API) *apis.API {
	sig := c.fn.Signature()
	n := sig.Params().Len()
	variadic := -1
	if sig.Variadic() {
		variadic = n - 1
	}
	spreads := func(i int) bool { // call passes the variadic parameter on at i, as args...
		return variadic >= 0 && call.Ellipsis.IsValid() && i == len(call.Args)-1 && c.param(info, apis.Arg(call, i)) == variadic
	}
	msg, fields := -1, -1
	switch {
	case a.Sprint:
		if a.Msg < 0 || !spreads(a.Msg) {
			return nil
		}
		msg = variadic
	case a.Printf:
		if a.Msg < 0 || !spreads(a.Msg+1) || c.param(info, apis.Arg(call, a.Msg)) != n-2 {
			return nil
		}
		msg = n - 2
	default:
		if a.Msg < 0 {
			return nil
		}
		msg = c.param(info, apis.Arg(call, a.Msg))
		if msg < 0 || !isString(sig.Params().At(msg).Type()) {
			return nil
		}
		switch {
		case a.Fields >= 0 && spreads(a.Fields):
			fields = variadic
		case variadic >= 0 && variadic != msg:
			return nil // its own fields go somewhere else: not passed on unchanged
		}
	}
	ctx := -1
	if a.Ctx >= 0 {
		ctx = c.param(info, apis.Arg(call, a.Ctx))
	}
	if a.Role == apis.SpanStart && (ctx < 0 || !c.returnsStart(info, call)) {
		return nil
	}
	return apis.Derive(c.fn, a, ctx, msg, fields)
}

// returnsStart reports whether c returns what call, a span start,
// returns: return call, or lhs := call and every return returns lhs.
func (c *candidate) returnsStart(info *types.Info, call *ast.CallExpr) bool {
	res := c.fn.Signature().Results()
	callRes, ok := info.TypeOf(call).(*types.Tuple)
	if !ok || !types.Identical(res, callRes) {
		return false
	}
	for _, r := range c.returns {
		if len(r.Results) == 1 && ast.Unparen(r.Results[0]) == call {
			return true
		}
	}
	lhs := c.assigned[call]
	if len(lhs) != res.Len() || len(c.returns) == 0 {
		return false
	}
	objs := make([]types.Object, len(lhs))
	for i, l := range lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return false
		}
		if objs[i] = info.Defs[id]; objs[i] == nil {
			objs[i] = info.Uses[id]
		}
	}
	for _, r := range c.returns {
		if len(r.Results) != len(objs) {
			return false
		}
		for i, e := range r.Results {
			id, ok := ast.Unparen(e).(*ast.Ident)
			if !ok || info.Uses[id] != objs[i] {
				return false
			}
		}
	}
	return true
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// rounds are the wrappers known during infer: those found so far, and
// the others.
type rounds struct {
	found map[*types.Func]*apis.API
	known *Result
}

func (r rounds) Row(fn *types.Func) *apis.API {
	if a := r.found[fn]; a != nil {
		return a
	}
	return r.known.Row(fn)
}

func (r rounds) Misfit(*types.Func) string { return "" }
