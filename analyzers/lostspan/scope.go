package lostspan

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// The scope model. While the walk goes through a function in source
// order, every value given to a context variable (a parameter, a := or =,
// a var declaration, a range variable) pushes a binding on a stack; a
// block (or any statement with a scope, or a function) truncates the stack
// back when it ends, so a context set inside a branch or a loop body, or
// inside a function literal, is forgotten after it. A plain call of a
// span's End pushes an end mark, which makes its span context stop being
// current until the block that holds the call ends.
//
// The span context at a point is the binding nearest the top of the stack
// that is the latest of its variable, is in scope there, carries a span
// (is not detached: set from context.Background or TODO) and is not ended.

// link says how a binding was derived from its parent.
type link uint8

const (
	root   link = iota // no parent known: a parameter, r.Context(), Background()
	copied             // x := y, or an argument given to a function literal's parameter
	span               // a span start of the table: a new span in the same cancellation
	derive             // any other call taking the parent: context.With*, errgroup.WithContext
)

// A binding is one value given to a context variable, or an end mark.
type binding struct {
	v        *types.Var
	id       *ast.Ident // where v got this value: for Related information
	parent   *binding
	link     link
	detached bool       // provably carries no span
	origin   origin     // for a root binding: where its value comes from (evidence.go)
	spanVar  *types.Var // the span returned with it by a span start, or put in by WithSpan
	wrap     bool       // set by a WithSpan call (trace.ContextWithSpan)
	end      *binding   // non-nil: this entry marks end as ended
}

// current returns the span context at pos, or nil when no context is in
// scope there.
//
// The candidates are the bindings in scope at pos that are the latest of
// their variable and may carry a span (not detached). The span context is
// the newest candidate that carries the newest span started in scope and
// not ended (a context derived later from an older one does not carry
// it); with no such span, the newest candidate whose span has not ended;
// else the newest candidate.
func (w *walker) current(pos token.Pos) *binding {
	var ended, cands []*binding
	var newest *binding // the newest span started and not ended
	for i := len(w.hist) - 1; i >= 0; i-- {
		b := w.hist[i]
		if b.end != nil {
			ended = append(ended, b.end)
			continue
		}
		if !inScope(b.v, pos) {
			continue
		}
		if newest == nil && b.link == span && !contains(ended, b) {
			newest = b
		}
		if !b.detached && !containsVar(cands, b.v) && w.latest(b.v) == b {
			cands = append(cands, b)
		}
	}
	if newest != nil {
		for _, c := range cands {
			if spanOf(c) == newest {
				return c
			}
		}
	}
	for _, c := range cands {
		if s := spanOf(c); s == nil || !contains(ended, s) {
			return c
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return nil
}

// spanOf returns the binding that started the span b carries: the
// nearest span start among b and its ancestors, or nil.
func spanOf(b *binding) *binding {
	for n := 0; b != nil && n < 64; b, n = b.parent, n+1 {
		if b.link == span {
			return b
		}
	}
	return nil
}

func containsVar(bs []*binding, v *types.Var) bool {
	for _, b := range bs {
		if b.v == v {
			return true
		}
	}
	return false
}

func contains(bs []*binding, b *binding) bool {
	for _, x := range bs {
		if x == b {
			return true
		}
	}
	return false
}

// inScope reports whether pos lies in the scope that declares v.
func inScope(v *types.Var, pos token.Pos) bool {
	s := v.Parent()
	return s != nil && s.Contains(pos)
}

// latest returns the binding v got last, or nil.
func (w *walker) latest(v *types.Var) *binding {
	for i := len(w.hist) - 1; i >= 0; i-- {
		if b := w.hist[i]; b.end == nil && b.v == v {
			return b
		}
	}
	return nil
}

// visible reports whether b's variable can be named at pos: it is not
// shadowed there. Fixes that name it need this.
func (w *walker) visible(b *binding, pos token.Pos) bool {
	scope := w.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(b.v.Name(), pos)
	return obj == b.v
}

// ctxVar returns the local context.Context variable that id denotes or
// declares, or nil.
func (w *walker) ctxVar(id *ast.Ident) *types.Var {
	if id == nil || id.Name == "_" {
		return nil
	}
	obj := w.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = w.pass.TypesInfo.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == w.pass.Pkg.Scope() || !apis.IsContext(v.Type()) {
		return nil
	}
	return v
}

// isRootCtx reports whether e is a call of context.Background or TODO.
func isRootCtx(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) > 0 {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return isRootFunc(fn)
}

// isRootFunc reports whether fn is context.Background or TODO.
func isRootFunc(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "context" {
		return false
	}
	return fn.Name() == "Background" || fn.Name() == "TODO"
}

// bindingOf returns the binding of the context variable that e names.
func (w *walker) bindingOf(e ast.Expr) *binding {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v := w.ctxVar(id); v != nil {
		return w.latest(v)
	}
	return nil
}

// bind records that v (named by id) got the value of src, which may be
// nil (unknown), and returns the binding.
func (w *walker) bind(v *types.Var, id *ast.Ident, src ast.Expr) *binding {
	// The value is derived before the binding is pushed: in ctx =
	// context.WithValue(ctx, ...) the parent is ctx's previous binding.
	b := w.derived(v, id, src)
	w.hist = append(w.hist, b)
	return b
}

// derived returns the binding of v (named by id) to the value of src.
func (w *walker) derived(v *types.Var, id *ast.Ident, src ast.Expr) *binding {
	b := &binding{v: v, id: id}
	if src == nil {
		return b
	}
	info := w.pass.TypesInfo
	src = ast.Unparen(src)
	if isRootCtx(info, src) {
		b.detached = true
		return b
	}
	switch src := src.(type) {
	case *ast.Ident:
		if p := w.bindingOf(src); p != nil {
			b.parent, b.link, b.detached = p, copied, p.detached
		}
	case *ast.CallExpr:
		if a := w.calls.Lookup(src); a != nil {
			switch a.Role {
			case apis.SpanStart:
				b.parent = w.bindingOf(apis.Arg(src, a.Ctx))
				b.link = span
				return b
			case apis.WithSpan:
				w.withSpan(b, src, a)
				return b
			}
		}
		if isRequestContext(info, src) {
			b.origin = fromRequest
			return b
		}
		// Any other call: derived from its first context argument.
		for _, arg := range src.Args {
			if t := info.TypeOf(arg); t == nil || !apis.IsContext(t) {
				continue
			}
			if isRootCtx(info, arg) {
				b.detached = true
			} else if p := w.bindingOf(arg); p != nil {
				b.parent, b.link, b.detached = p, derive, p.detached
			}
			break
		}
	}
	return b
}

// withSpan makes b the binding of call, a WithSpan call
// (trace.ContextWithSpan(parent, s)): a context that carries the span s
// with parent's cancellation, whether parent carries a span or is
// context.Background() (the usual way to keep a span without the
// caller's cancellation). The span is the call's argument besides the
// context.
//
//   - s is the span parent carries already (the one started with it, or
//     one taken from it: trace.SpanFromContext(parent)): b is a copy of
//     parent;
//   - s is another span the model knows (one started in scope, or taken
//     from another context q): b is derived from the context that
//     carries it (it has another cancellation);
//   - else b carries a span of its own, as a span start's context does,
//     which s.End() ends.
func (w *walker) withSpan(b *binding, call *ast.CallExpr, a *apis.API) {
	b.wrap = true
	b.parent = w.bindingOf(apis.Arg(call, a.Ctx))
	var s ast.Expr
	for i, arg := range call.Args {
		if i != a.Ctx {
			s = ast.Unparen(arg)
			break
		}
	}
	if from := w.spanSource(s); from != nil {
		if b.parent != nil && spanKey(b.parent) == spanKey(from) {
			b.link = copied
			return
		}
		b.parent, b.link = from, derive
		return
	}
	b.link = span
	if id, ok := s.(*ast.Ident); ok {
		b.spanVar, _ = w.pass.TypesInfo.Uses[id].(*types.Var)
	}
}

// spanSource returns the binding of the context that carries the span s
// as far as the model sees: the context returned with it by a span start
// (or given it by a WithSpan call), or the context a call is given
// (trace.SpanFromContext(ctx)); or nil.
func (w *walker) spanSource(s ast.Expr) *binding {
	switch s := s.(type) {
	case *ast.Ident:
		v, _ := w.pass.TypesInfo.Uses[s].(*types.Var)
		if v == nil {
			return nil
		}
		for i := len(w.hist) - 1; i >= 0; i-- {
			if b := w.hist[i]; b.end == nil && b.spanVar == v {
				return b
			}
		}
	case *ast.CallExpr:
		for _, arg := range s.Args {
			if t := w.pass.TypesInfo.TypeOf(arg); t != nil && apis.IsContext(t) {
				return w.bindingOf(arg)
			}
		}
	}
	return nil
}

// spanKey identifies the span b carries: the binding that started it,
// or with no span started on the way, b's root (the caller's span).
func spanKey(b *binding) *binding {
	if s := spanOf(b); s != nil {
		return s
	}
	for n := 0; b.parent != nil && n < 64; n++ {
		b = b.parent
	}
	return b
}

// assign pushes the bindings of an assignment or var declaration.
func (w *walker) assign(lhs []ast.Expr, rhs []ast.Expr) {
	for i, l := range lhs {
		id, _ := ast.Unparen(l).(*ast.Ident)
		v := w.ctxVar(id)
		if v == nil {
			continue
		}
		var src ast.Expr
		switch {
		case len(rhs) == len(lhs):
			src = rhs[i]
		case len(rhs) == 1:
			src = rhs[0]
		}
		b := w.bind(v, id, src)
		// ctx, span := tracing.Start(...) or tracer.Start(...): remember the span, whose
		// End makes ctx stop being current.
		if b.link == span && len(rhs) == 1 && i+1 < len(lhs) {
			if sid, ok := ast.Unparen(lhs[i+1]).(*ast.Ident); ok {
				obj := w.pass.TypesInfo.Defs[sid]
				if obj == nil {
					obj = w.pass.TypesInfo.Uses[sid]
				}
				b.spanVar, _ = obj.(*types.Var)
			}
		}
	}
}

// params pushes the bindings of a function's context parameters. When
// the function is a literal called right away (go func(ctx) {...}(ctx)),
// each parameter is a copy of its argument. Other parameters of a
// function literal (a callback: tracing.Go(ctx, func(ctx) {...})) are
// taken to carry outer, the span context where the literal is written.
func (w *walker) params(ft *ast.FuncType, recv *ast.FieldList, call *ast.CallExpr, outer *binding, lit bool) {
	if recv != nil {
		for _, field := range recv.List {
			for _, id := range field.Names {
				if v := w.ctxVar(id); v != nil {
					w.bind(v, id, nil)
				}
			}
		}
	}
	if ft.Params == nil {
		return
	}
	i := 0
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, id := range field.Names {
			if v := w.ctxVar(id); v != nil {
				var src ast.Expr
				if call != nil && i < len(call.Args) && !call.Ellipsis.IsValid() {
					src = call.Args[i]
				}
				b := w.bind(v, id, src)
				switch {
				case src != nil:
				case outer != nil:
					b.parent, b.link = outer, copied
				case lit:
					b.origin = fromCallback
				default:
					b.origin = fromParam
				}
			}
			i++
		}
	}
}

// endSpan pushes an end mark for the span context whose span is the
// receiver of call, a SpanEnd of the table (span.End() of tracing or OpenTelemetry).
func (w *walker) endSpan(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return
	}
	s, _ := w.pass.TypesInfo.Uses[id].(*types.Var)
	if s == nil {
		return
	}
	for i := len(w.hist) - 1; i >= 0; i-- {
		if b := w.hist[i]; b.end == nil && b.spanVar == s {
			w.hist = append(w.hist, &binding{end: b})
			return
		}
	}
}
