package lostspan

import (
	"fmt"
	"go/ast"
	"go/types"
	"go/version"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
)

// checkRoot reports context.Background() or TODO() (root) given to a
// call: the context of an event or span start anywhere, or any call
// inside spawned code.
//
// Inside spawned code, the message says the goroutine starts from root
// only when the call is the spawn's entry (see isEntry); any other call
// is named as the one that gets root. An event or span start keeps its
// own message, which names the API.
func (w *walker) checkRoot(root *ast.CallExpr, stack []ast.Node) {
	outer, i := argOf(stack)
	if outer == nil {
		w.checkRootAssigned(root, stack)
		return
	}
	c := w.current(root.Pos())
	if c == nil {
		return
	}
	info := w.pass.TypesInfo
	a := w.calls.Lookup(outer)
	isCtxOf := func(r apis.Role) bool { return a != nil && a.Role == r && a.Ctx == i }
	name := c.v.Name()
	text := rootText(info, root)

	var msg string
	switch {
	case isCtxOf(apis.WithSpan):
		// trace.ContextWithSpan(context.Background(), span): the span
		// without the caller's cancellation, on purpose.
		return
	case isCtxOf(apis.Event):
		msg = fmt.Sprintf("%s gets %s, so its event leaves the span carried by %s", apiName(info, outer), text, name)
	case isCtxOf(apis.With):
		// logrus's WithContext, zerolog's Event.Ctx: the context that
		// the events' hooks read the span from.
		msg = fmt.Sprintf("%s gets %s, so its events leave the span carried by %s", apiName(info, outer), text, name)
	case isCtxOf(apis.SpanStart):
		if w.linksSpans(stack) {
			// A new root that the function links to the span in
			// scope (trace.LinkFromContext, AddLink, WithLinks): the
			// way OpenTelemetry detaches work on purpose.
			return
		}
		msg = fmt.Sprintf("%s gets %s, so the new span starts a separate trace instead of joining the span carried by %s", apiName(info, outer), text, name)
		if w.inSpawn() {
			// Keep Background's lack of cancellation: the goroutine
			// may outlive the caller.
			w.report(root, c, msg, w.withoutCancel(root, c))
			return
		}
	case w.inSpawn() && w.storedBeyond(outer, stack):
		// waitCtx, cancel = context.WithCancel(context.Background()) in a
		// goroutine, to a package-level variable or a field: a context
		// made to outlive the call, detached on purpose (as root stored
		// there directly is: see checkRootAssigned).
		return
	case w.inSpawn():
		if w.isEntry(root, outer, stack) {
			msg = fmt.Sprintf("goroutine starts from %s, so its events leave the span carried by %s", text, name)
		} else {
			msg = fmt.Sprintf("%s gets %s in a goroutine, so its work leaves the span carried by %s", calleeText(w.pass, outer), text, name)
		}
		w.report(root, c, msg, w.withoutCancel(root, c))
		return
	default:
		return
	}
	w.report(root, c, msg, w.passCtx(root, c))
}

// checkRootAssigned reports context.Background() or TODO() (root)
// assigned to a variable in spawned code (go func() { ctx :=
// context.Background(); ... }()): from there on the goroutine's work
// leaves the span, as if root were passed to each call. The fix keeps
// the span, and Background's lack of cancellation.
func (w *walker) checkRootAssigned(root *ast.CallExpr, stack []ast.Node) {
	if !w.inSpawn() || len(stack) < 2 {
		return
	}
	var lhs ast.Expr
	switch p := stack[len(stack)-2].(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for j, r := range p.Rhs {
				if r == ast.Expr(root) {
					lhs = p.Lhs[j]
				}
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			for j, r := range p.Values {
				if r == ast.Expr(root) {
					lhs = p.Names[j]
				}
			}
		}
	}
	id, ok := lhs.(*ast.Ident)
	if !ok || w.ctxVar(id) == nil {
		return
	}
	c := w.current(root.Pos())
	if c == nil {
		return
	}
	text := rootText(w.pass.TypesInfo, root)
	msg := fmt.Sprintf("goroutine sets %s from %s, so its work leaves the span carried by %s", id.Name, text, c.v.Name())
	w.report(root, c, msg, w.withoutCancel(root, c))
}

// storedBeyond reports whether outer, the call at the top of stack's
// parent, is assigned to a package-level variable or a field: its
// first result (the derived context) lives beyond the function.
func (w *walker) storedBeyond(outer *ast.CallExpr, stack []ast.Node) bool {
	if len(stack) < 3 {
		return false
	}
	as, ok := stack[len(stack)-3].(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || as.Rhs[0] != ast.Expr(outer) || len(as.Lhs) == 0 {
		return false
	}
	switch lhs := ast.Unparen(as.Lhs[0]).(type) {
	case *ast.SelectorExpr:
		s, ok := w.pass.TypesInfo.Selections[lhs]
		return ok && s.Kind() == types.FieldVal
	case *ast.Ident:
		v, ok := w.pass.TypesInfo.Uses[lhs].(*types.Var)
		return ok && v.Kind() == types.PackageVar
	}
	return false
}

// isEntry reports whether outer, the call given root, is the entry of
// the innermost spawned code: the spawned call itself (go f(root)), a
// spawner given root as its context (tracing.Go(root, ...)), or the
// first statement, defers aside, of a spawned function literal's body
// (go func() { defer wg.Done(); f(root) }(), g.Go(func() error {
// return f(root) })).
func (w *walker) isEntry(root, outer *ast.CallExpr, stack []ast.Node) bool {
	spawn := w.spawns[len(w.spawns)-1]
	if spawn == ast.Node(root) || spawn == ast.Node(outer) {
		return true
	}
	var lit *ast.FuncLit
	switch n := spawn.(type) {
	case *ast.FuncLit:
		lit = n
	case *ast.CallExpr:
		lit, _ = ast.Unparen(n.Fun).(*ast.FuncLit)
	}
	if lit == nil || lit.Body == nil {
		return false
	}
	var first ast.Stmt
	for _, s := range lit.Body.List {
		if _, ok := s.(*ast.DeferStmt); !ok {
			first = s
			break
		}
	}
	var top ast.Expr
	switch s := first.(type) {
	case *ast.ExprStmt:
		top = s.X
	case *ast.ReturnStmt:
		if len(s.Results) == 1 {
			top = s.Results[0]
		}
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			top = s.Rhs[0]
		}
	}
	return top != nil && ast.Unparen(top) == ast.Expr(outer)
}

// calleeText names the function call calls as written, without the
// receiver: work, pkg.Load for a function of an imported package,
// AppendWatcherMetadata for m.AppendWatcherMetadata(...).
func calleeText(pass *analysis.Pass, call *ast.CallExpr) string {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = ast.Unparen(f.X)
	case *ast.IndexListExpr:
		fun = ast.Unparen(f.X)
	}
	switch f := fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		if x, ok := ast.Unparen(f.X).(*ast.Ident); ok {
			if _, ok := pass.TypesInfo.Uses[x].(*types.PkgName); ok {
				return x.Name + "." + f.Sel.Name
			}
		}
		return f.Sel.Name
	}
	return "the call"
}

// checkCtxless reports a context-less event (slog.Info) called by call.
func (w *walker) checkCtxless(call *ast.CallExpr, a *apis.API) {
	c := w.current(call.Pos())
	if c == nil {
		return
	}
	fn := apiName(w.pass.TypesInfo, call)
	where := ""
	if w.inSpawn() {
		where = " in a goroutine"
	}
	msg := fmt.Sprintf("%s%s takes no context, so its event leaves the span carried by %s", fn, where, c.v.Name())

	var sf *analysis.SuggestedFix
	// The context goes where the sibling takes it: first, or after the
	// receiver of a method expression.
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if sib := a.Sibling(a.CtxForm); ok && sib != nil && sib.Ctx <= len(call.Args) && w.visible(c, call.Pos()) {
		arg := c.v.Name()
		at := call.Rparen
		if sib.Ctx < len(call.Args) {
			at, arg = call.Args[sib.Ctx].Pos(), arg+", "
		} else if sib.Ctx > 0 {
			arg = ", " + arg
		}
		sf = &analysis.SuggestedFix{
			Message: fmt.Sprintf("Call %s with %s", a.CtxForm, c.v.Name()),
			TextEdits: []analysis.TextEdit{
				fix.Replace(sel.Sel, a.CtxForm),
				{Pos: at, End: at, NewText: []byte(arg)},
			},
		}
	}
	w.report(call, c, msg, sf)
}

// checkStale reports id, an argument inside spawned code, when it names
// an ancestor of the span context from which a span was started since:
// the goroutine's work lands outside that span.
func (w *walker) checkStale(id *ast.Ident, stack []ast.Node) {
	if outer, _ := argOf(stack); outer == nil {
		return
	}
	v, _ := w.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || w.ctxVar(id) == nil {
		return
	}
	old := w.latest(v)
	c := w.current(id.Pos())
	if old == nil || c == nil || c == old {
		return
	}
	// The chain c, c.parent, ... up to old.
	var chain []*binding
	for b := c; b != nil && len(chain) < 64; b = b.parent {
		chain = append(chain, b)
		if b == old {
			break
		}
	}
	if chain[len(chain)-1] != old {
		return // not an ancestor
	}
	// The target of the fix: the binding nearest to c whose chain down to
	// old holds started spans and copies only (same cancellation), and at
	// least one span.
	var target *binding
	stale, same, spans := false, true, false
	for j := len(chain) - 2; j >= 0; j-- {
		switch chain[j].link {
		case span:
			stale = true
			spans = spans || same
		case copied:
		default:
			same = false
		}
		if same && spans {
			target = chain[j]
		}
	}
	if !stale {
		return
	}
	named := target
	if named == nil {
		named = c
	}
	msg := fmt.Sprintf("goroutine gets %s instead of %s, the span context derived from it, so its events land outside that span", id.Name, named.v.Name())
	var sf *analysis.SuggestedFix
	if target != nil {
		sf = w.passCtx(id, target)
	}
	w.report(id, named, msg, sf)
}

// passCtx returns the fix that replaces e with the name of c, if c can be
// named at e.
func (w *walker) passCtx(e ast.Expr, c *binding) *analysis.SuggestedFix {
	if !w.visible(c, e.Pos()) {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   "Pass " + c.v.Name(),
		TextEdits: []analysis.TextEdit{fix.Replace(e, c.v.Name())},
	}
}

// withoutCancel returns the fix that replaces root, a call of
// context.Background or TODO, with context.WithoutCancel(c): the span
// of c without its cancellation.
func (w *walker) withoutCancel(root *ast.CallExpr, c *binding) *analysis.SuggestedFix {
	if !w.visible(c, root.Pos()) {
		return nil
	}
	if v := w.pass.TypesInfo.FileVersions[w.file]; version.IsValid(v) && version.Compare(v, "go1.21") < 0 {
		return nil // no context.WithoutCancel
	}
	sel, ok := ast.Unparen(root.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	pkg := fix.Source(w.pass.Fset, sel.X)
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Pass %s.WithoutCancel(%s)", pkg, c.v.Name()),
		TextEdits: []analysis.TextEdit{fix.Replace(root, pkg+".WithoutCancel("+c.v.Name()+")")},
	}
}

// report reports at n, with related information at the place the span
// context c comes from.
func (w *walker) report(n ast.Node, c *binding, msg string, sf *analysis.SuggestedFix) {
	if w.inferring || !w.claims(c) {
		return
	}
	related := fmt.Sprintf("span context %s comes from here", c.v.Name())
	if c.link == span && !c.wrap {
		related = fmt.Sprintf("span context %s starts its span here", c.v.Name())
	}
	d := analysis.Diagnostic{
		Pos:     n.Pos(),
		End:     n.End(),
		Message: msg,
		Related: []analysis.RelatedInformation{{Pos: c.id.Pos(), End: c.id.End(), Message: related}},
	}
	if sf != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*sf}
	}
	w.pass.Report(d)
}

// apiName names the function called by call as messages show it:
// slog.Info, Logger.Info, tracing.Start, Tracer.Start.
func apiName(info *types.Info, call *ast.CallExpr) string {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			return id.Name // a variable holding the API
		}
		return "the call"
	}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// rootText is context.Background() or context.TODO().
func rootText(info *types.Info, root *ast.CallExpr) string {
	fn, _ := typeutil.Callee(info, root).(*types.Func)
	return "context." + fn.Name() + "()"
}

// linksSpans reports whether the innermost function around the end of
// stack calls an API that links spans (the Link role of the table).
func (w *walker) linksSpans(stack []ast.Node) bool {
	var fn ast.Node
	for i := len(stack) - 1; i >= 0 && fn == nil; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			fn = stack[i]
		}
	}
	if fn == nil {
		return false
	}
	if links, ok := w.links[fn]; ok {
		return links
	}
	links := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !links {
			if a := w.calls.Lookup(call); a != nil && a.Role == apis.Link {
				links = true
			}
		}
		return !links
	})
	if w.links == nil {
		w.links = make(map[ast.Node]bool)
	}
	w.links[fn] = links
	return links
}
