package idinmessage

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// componentPrefix turns the leading value of a message into kept text
// when it names the component that logs, as a logger's name does:
//
//	p.Logger.ErrorContext(ctx, p.Name+": Error fetching jobs", ...)
//
// The message starts with x.f, a string field of a value x (x itself a
// variable or a chain of fields: p, c.baseService, s.notifier), followed
// by constant text that starts with ':' (": Error fetching jobs", or a
// named constant such as LogPrefixRunLoopStarted = ": Run loop
// started"), and the event goes through x's own logger: the logger is a
// field of x (p.Logger, promoted from an embedded struct or not) or x
// itself, possibly through With calls. The value and the logger belong
// together, so the prefix is the logger's name for the component, the
// same in every event of the call site, not a value of the event.
func (c *checker) componentPrefix(ps []part) []part {
	if len(ps) < 2 || ps[0].value == nil || ps[0].keep != nil || ps[0].field != ps[0].value {
		return ps
	}
	next := ps[1]
	if next.value != nil || next.hole || next.variant || next.kept != nil || !strings.HasPrefix(next.text, ":") {
		return ps
	}
	prefix := ast.Unparen(ps[0].value)
	switch e := prefix.(type) {
	case *ast.SelectorExpr:
		if !c.isField(e) || !isString(c.pass.TypesInfo.TypeOf(e)) || !c.isPath(e.X) || !c.loggerOf(e.X) {
			return ps
		}
	case *ast.Ident:
		if !c.nameParam(e) {
			return ps
		}
	default:
		return ps
	}
	rest := strings.TrimLeft(next.text[1:], " ")
	sep := next.text[:len(next.text)-len(rest)]
	out := append([]part{{kept: prefix, sep: sep}, {text: rest}}, ps[2:]...)
	return out
}

// nameParam reports whether id is a string parameter, never assigned,
// of a function of this package whose every use is a call (all its
// callers are in view) and every call passes, for it, the name of a
// component: a string field x.f of a value x that holds a logger of the
// table (svcName in logStats(ctx, c.baseService.Name)).
func (c *checker) nameParam(id *ast.Ident) bool {
	info := c.pass.TypesInfo
	args, _, ok := c.paramArgs(id)
	if !ok {
		return false
	}
	for _, arg := range args {
		sel, ok := ast.Unparen(arg).(*ast.SelectorExpr)
		if !ok || !c.isField(sel) || !isString(info.TypeOf(sel)) || !c.isPath(sel.X) || !c.holdsLogger(info.TypeOf(sel.X)) {
			return false
		}
	}
	return true
}

// constParam reports whether id is a string parameter, never assigned,
// of a function of this package whose every use is a call and every
// call passes a constant (or a kind name, see kindName) for it: a
// helper that names spans or events
// (func startTrace(ctx, name string) { return tracer.Start(ctx,
// "mysql."+name) }, called as startTrace(ctx, "ReadPage")), whose
// messages are one fixed text per call site. The function must be
// unexported: other packages may call an exported one with any value.
func (c *checker) constParam(id *ast.Ident) bool {
	args, fn, ok := c.paramArgs(id)
	if !ok || fn.Exported() {
		return false // another package may call it with any value
	}
	for _, arg := range args {
		if c.pass.TypesInfo.Types[arg].Value == nil && !c.kindName(arg) {
			return false
		}
	}
	return true
}

// paramArgs returns, for id, a string parameter never assigned of the
// function declaration around the call being checked, the argument that
// each call of the function passes for it, and the function; ok is false when id is not
// such a parameter or the function's callers are not all in view.
func (c *checker) paramArgs(id *ast.Ident) (args []ast.Expr, fn *types.Func, ok bool) {
	info := c.pass.TypesInfo
	v, isVar := info.Uses[id].(*types.Var)
	if !isVar || v.Kind() != types.ParamVar || !isString(v.Type()) || !c.cur.Valid() {
		return nil, nil, false
	}
	var decl *ast.FuncDecl
	for fc := range c.cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl = fc.Node().(*ast.FuncDecl)
	}
	if decl == nil || decl.Type.Params == nil || v.Pos() < decl.Type.Params.Pos() || v.Pos() >= decl.Type.Params.End() {
		return nil, nil, false // not a parameter of the declaration around the call (but of a function literal)
	}
	obj, isFunc := info.Defs[decl.Name].(*types.Func)
	if !isFunc {
		return nil, nil, false
	}
	index := -1 // v's position among the parameters
	sig := obj.Signature()
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			index = i
		}
	}
	if index < 0 || sig.Variadic() && index == sig.Params().Len()-1 {
		return nil, nil, false
	}
	if len(c.funcInfo(decl).assigns[v]) > 0 {
		return nil, nil, false // assigned in the function
	}
	calls := c.callsOf(obj)
	if len(calls) == 0 {
		return nil, nil, false
	}
	for _, call := range calls {
		arg := apis.Arg(call, index)
		if arg == nil || call.Ellipsis.IsValid() {
			return nil, nil, false
		}
		args = append(args, arg)
	}
	return args, obj, true
}

// callsOf returns the calls of fn in the package, or nil when fn is
// used otherwise too (as a value: its callers are out of view).
func (c *checker) callsOf(fn *types.Func) []*ast.CallExpr {
	if c.calledBy == nil {
		c.calledBy = make(map[*types.Func][]*ast.CallExpr)
		spoiled := make(map[*types.Func]bool)
		info := c.pass.TypesInfo
		for _, f := range c.pass.Files {
			callee := make(map[*ast.Ident]*ast.CallExpr)
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					switch fun := ast.Unparen(n.Fun).(type) {
					case *ast.Ident:
						callee[fun] = n
					case *ast.SelectorExpr:
						if s, ok := info.Selections[fun]; !ok || s.Kind() == types.MethodVal {
							callee[fun.Sel] = n
						}
					}
				case *ast.Ident:
					fn, ok := info.Uses[n].(*types.Func)
					if !ok || fn.Pkg() != c.pass.Pkg {
						return true
					}
					fn = fn.Origin()
					if call, ok := callee[n]; ok {
						c.calledBy[fn] = append(c.calledBy[fn], call)
					} else {
						spoiled[fn] = true
					}
				}
				return true
			})
		}
		for fn := range spoiled {
			delete(c.calledBy, fn)
		}
	}
	return c.calledBy[fn.Origin()]
}

// holdsLogger reports whether a value of type t (a struct, or a pointer
// to one) has a field, its own or promoted, whose type has the event
// methods of a logger of the table.
func (c *checker) holdsLogger(t types.Type) bool {
	st, ok := derefStruct(t)
	if !ok {
		return false
	}
	return c.structHoldsLogger(st, 0)
}

func (c *checker) structHoldsLogger(st *types.Struct, depth int) bool {
	if depth > 3 {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if isLogger(f.Type()) {
			return true
		}
		if f.Embedded() {
			if est, ok := derefStruct(f.Type()); ok && c.structHoldsLogger(est, depth+1) {
				return true
			}
		}
	}
	return false
}

// isLogger reports whether t, or what it points to, has a method that
// is an event of the table.
func isLogger(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return false
	}
	ms := types.NewMethodSet(types.NewPointer(t))
	for i := range ms.Len() {
		if fn, ok := ms.At(i).Obj().(*types.Func); ok {
			if a := apis.ForFunc(fn); a != nil && a.Role == apis.Event {
				return true
			}
		}
	}
	return false
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// isField reports whether sel selects a struct field.
func (c *checker) isField(sel *ast.SelectorExpr) bool {
	s, ok := c.pass.TypesInfo.Selections[sel]
	return ok && s.Kind() == types.FieldVal
}

// isPath reports whether x is a variable or a chain of field selections
// from one (p, c.baseService, s.notifier).
func (c *checker) isPath(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		_, ok := c.pass.TypesInfo.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		return c.isField(x) && c.isPath(x.X)
	}
	return false
}

// loggerOf reports whether the call being checked logs through x's own
// logger: x.L.Info(...) with L a field of x, or x.Info(...) (a logger
// embedded in x), possibly through With calls (x.L.With(...).Info).
func (c *checker) loggerOf(x ast.Expr) bool {
	call, ok := c.cur.Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	l := ast.Unparen(sel.X)
	for {
		wc, ok := l.(*ast.CallExpr)
		if !ok {
			break
		}
		a := apis.Lookup(c.pass.TypesInfo, wc)
		ws, isSel := ast.Unparen(wc.Fun).(*ast.SelectorExpr)
		if a == nil || a.Role != apis.With || !isSel {
			return false
		}
		l = ast.Unparen(ws.X)
	}
	want := c.source(x)
	if c.source(l) == want {
		return true
	}
	ls, ok := l.(*ast.SelectorExpr)
	return ok && c.isField(ls) && c.source(ls.X) == want
}
