package lostspan

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// Evidence. A diagnostic says that code leaves "the span carried by
// ctx"; lostspan makes that claim only where the code shows that ctx may
// carry a span:
//
//   - a span was started on the way to ctx (tracing.Start, tracer.Start, ...)
//     or put in by trace.ContextWithSpan;
//   - ctx comes from a request (r.Context() of an *http.Request);
//   - ctx is, or comes from, a context that the package cannot see the
//     origin of, in a library package: its callers may hold a span.
//
// In package main, the program's own code is all there is: a context
// that comes from context.Background() or TODO() (a signal.NotifyContext
// of it, say) carries no span down the calls that main's package makes
// itself, nor into the callbacks it hands to a framework (a CLI's action
// func(ctx, ...)), nor does one read from a field or returned by another
// package (urfave/cli's cctx.Context, cobra's cmd.Context()). A
// parameter of a function of package main carries a span when some call
// of the package passes it one, or when nothing in the package calls the
// function or takes it as a value (a method that a server framework
// calls, whose interceptors may start spans).

// origin says where a root binding (one without a parent) got its value.
type origin uint8

const (
	fromUnknown  origin = iota // an expression the model does not follow
	fromParam                  // a parameter of a declared function
	fromCallback               // a parameter of a function literal written where no context is in scope
	fromRequest                // (*http.Request).Context()
)

// claims reports whether b, the span context of a diagnostic, may
// carry a span (see above). With -lostspan.ctxless every context counts.
func (w *walker) claims(b *binding) bool {
	return w.ctxless || w.carries(b)
}

func (w *walker) carries(b *binding) bool {
	for n := 0; b != nil && n < 64; b, n = b.parent, n+1 {
		switch {
		case b.link == span:
			return true
		case b.detached:
			return false
		case b.parent == nil:
			return w.rootCarries(b)
		}
	}
	return true
}

func (w *walker) rootCarries(b *binding) bool {
	if !w.main {
		return true
	}
	switch b.origin {
	case fromRequest:
		return true
	case fromParam:
		return w.paramSpan[b.v]
	}

	return false
}

// isRequestContext reports whether e is a call of (*http.Request).Context.
func isRequestContext(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Name() != "Context" {
		return false
	}
	recv := fn.Signature().Recv()
	return recv != nil && isNamedPtr(recv.Type(), "net/http", "Request")
}

func isNamedPtr(t types.Type, path, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// inferParams decides, for package main, which context parameters of
// its declared functions carry a span (w.paramSpan): walking the
// package without reporting, each call of such a function passes what
// its argument carries, until nothing changes.
func (w *walker) inferParams(walk func()) {
	info := w.pass.TypesInfo
	called := make(map[*ast.Ident]bool) // identifiers in call position
	for _, f := range w.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				switch fun := ast.Unparen(call.Fun).(type) {
				case *ast.Ident:
					called[fun] = true
				case *ast.SelectorExpr:
					called[fun.Sel] = true
				}
			}
			return true
		})
	}
	calls := make(map[*types.Func]int)
	asValue := make(map[*types.Func]bool)
	for id, obj := range info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() != w.pass.Pkg {
			continue
		}
		fn = fn.Origin()
		if called[id] {
			calls[fn]++
		} else {
			asValue[fn] = true
		}
	}
	// Start from what needs no call site: a function nothing in the
	// package calls or takes is called from outside, and may get a span.
	w.paramSpan = make(map[*types.Var]bool)
	var params []*types.Var
	for _, obj := range info.Defs {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		sig := fn.Signature()
		for i := range sig.Params().Len() {
			v := sig.Params().At(i)
			if !apis.IsContext(v.Type()) {
				continue
			}
			params = append(params, v)
			if calls[fn] == 0 && !asValue[fn] {
				w.paramSpan[v] = true
			}
		}
	}
	if len(params) == 0 {
		return
	}
	w.inferring = true
	defer func() { w.inferring = false }()
	for round := 0; round < 8; round++ {
		w.observed = make(map[*types.Var]bool)
		walk()
		changed := false
		for _, v := range params {
			if w.observed[v] && !w.paramSpan[v] {
				w.paramSpan[v] = true
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// observe records, while inferring, what the context arguments of call
// carry into the parameters of a function of the package.
func (w *walker) observe(call *ast.CallExpr) {
	fn := typeutil.StaticCallee(w.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != w.pass.Pkg {
		return
	}
	sig := fn.Origin().Signature()
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		if apis.IsContext(v.Type()) && i < len(call.Args) && !w.observed[v] && w.exprCarries(call.Args[i]) {
			w.observed[v] = true
		}
	}
}

// exprCarries reports whether the context that e evaluates to may carry
// a span, as far as the model sees.
func (w *walker) exprCarries(e ast.Expr) bool {
	info := w.pass.TypesInfo
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.Ident:
		if b := w.bindingOf(e); b != nil {
			return w.carries(b)
		}
	case *ast.CallExpr:
		if isRootCtx(info, e) {
			return false
		}
		if a := w.calls.Lookup(e); a != nil && a.Role == apis.WithSpan {
			return w.carries(w.derived(nil, nil, e))
		}
		if isRequestContext(info, e) {
			return true
		}
		for _, arg := range e.Args {
			if t := info.TypeOf(arg); t != nil && apis.IsContext(t) {
				return w.exprCarries(arg)
			}
		}
	}
	return !w.main
}
