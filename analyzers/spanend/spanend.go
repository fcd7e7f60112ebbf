package spanend

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

//go:embed doc.go
var doc string

// Analyzer reports spans that are not ended on every path out of their
// function, and span starts that a loop nests in one another.
var Analyzer = &analysis.Analyzer{
	Name:     "spanend",
	Doc:      analysisutil.MustExtractDoc(doc, "spanend"),
	URL:      "https://pkg.go.dev/github.com/tracelint/tracelint/analyzers/spanend",
	Requires: []*analysis.Analyzer{analysisutil.Inspect, analysisutil.Calls},
	Run:      run,

	// A report needs only the span start, its variables and the
	// function's control flow; code whose types are missing there is
	// left alone (testdata/src/broken).
	RunDespiteErrors: true,
}

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[analysisutil.Inspect].(*inspector.Inspector)
	if in == nil || pass.TypesInfo == nil {
		return nil, nil
	}
	c := &checker{
		pass:    pass,
		calls:   pass.ResultOf[analysisutil.Calls].(*apis.Calls),
		graphs:  make(map[*ast.BlockStmt]*cfg.CFG),
		returns: make(map[*types.Func]bool),
	}
	generated := make(map[*token.File]bool)
	for _, f := range pass.Files {
		if analysisutil.Generated(f) {
			generated[pass.Fset.File(f.Pos())] = true
		}
	}
	in.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		call := n.(*ast.CallExpr)
		if a := c.calls.Lookup(call); a != nil && a.Role == apis.SpanStart && !generated[pass.Fset.File(call.Pos())] {
			if s := c.newStart(call, a, stack); s != nil {
				c.check(s)
			}
		}
		return true
	})
	return nil, nil
}

// A checker holds what the checks of one package share.
type checker struct {
	pass  *analysis.Pass
	calls *apis.Calls
	// graphs are the control-flow graphs of the functions with a span
	// start, built once each.
	graphs map[*ast.BlockStmt]*cfg.CFG
	// returns memoizes whether a function of the package may return
	// (see mayReturn).
	returns map[*types.Func]bool
	decls   map[*types.Func]*ast.FuncDecl
}

// A start is one span start and where it stands.
type start struct {
	call *ast.CallExpr
	api  *apis.API
	// stmt is the statement holding the call: an *ast.AssignStmt,
	// *ast.ExprStmt or *ast.DeclStmt; node is what the function's
	// control-flow graph holds for it (the ValueSpec of a DeclStmt).
	stmt ast.Stmt
	node ast.Node
	// list is true when stmt is an element of a statement list (a
	// block or a case), where statements can be inserted after it.
	list bool
	// fn is the enclosing *ast.FuncDecl or *ast.FuncLit, body and typ
	// its body and type; loop the innermost for or range statement of
	// fn whose body holds stmt, or nil.
	fn   ast.Node
	body *ast.BlockStmt
	typ  *ast.FuncType
	loop ast.Stmt
	// ctx and span are the expressions the start's context and span are
	// assigned to (nil when discarded, for an expression statement).
	ctx, span ast.Expr
}

// newStart returns the start of call, whose ancestors are stack, or nil
// when the call is not a statement of its own (its results are returned
// or passed on: they escape).
func (c *checker) newStart(call *ast.CallExpr, a *apis.API, stack []ast.Node) *start {
	s := &start{call: call, api: a}
	tuple, _ := c.pass.TypesInfo.TypeOf(call).(*types.Tuple)
	if tuple == nil {
		return nil
	}
	ci, si := -1, -1
	for i := range tuple.Len() {
		t := tuple.At(i).Type()
		switch {
		case ci < 0 && apis.IsContext(t):
			ci = i
		case si < 0 && c.isSpan(t):
			si = i
		}
	}
	if si < 0 {
		return nil // a wrapper that returns the context alone
	}
	// The statement: the call's parent, through parentheses.
	i := len(stack) - 2
	for i >= 0 {
		if _, ok := stack[i].(*ast.ParenExpr); !ok {
			break
		}
		i--
	}
	if i < 0 {
		return nil
	}
	switch p := stack[i].(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) != tuple.Len() {
			return nil
		}
		s.stmt, s.node = p, p
		s.span = p.Lhs[si]
		if ci >= 0 {
			s.ctx = p.Lhs[ci]
		}
	case *ast.ValueSpec:
		if len(p.Values) != 1 || len(p.Names) != tuple.Len() || i < 2 {
			return nil
		}
		d, ok := stack[i-2].(*ast.DeclStmt)
		if !ok {
			return nil // a package-level var
		}
		s.stmt, s.node = d, p
		s.span = p.Names[si]
		if ci >= 0 {
			s.ctx = p.Names[ci]
		}
		i -= 2
	case *ast.ExprStmt:
		s.stmt, s.node = p, p
	default:
		return nil
	}
	if i == 0 {
		return nil
	}
	switch stack[i-1].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		s.list = true
	}
outer:
	for j := i - 1; j >= 0; j-- {
		switch n := stack[j].(type) {
		case *ast.ForStmt:
			if s.loop == nil && n.Body.Pos() <= s.stmt.Pos() && s.stmt.End() <= n.Body.End() {
				s.loop = n
			}
			continue
		case *ast.RangeStmt:
			if s.loop == nil && n.Body.Pos() <= s.stmt.Pos() && s.stmt.End() <= n.Body.End() {
				s.loop = n
			}
			continue
		case *ast.FuncDecl:
			s.fn, s.body, s.typ = n, n.Body, n.Type
		case *ast.FuncLit:
			s.fn, s.body, s.typ = n, n.Body, n.Type
		default:
			continue
		}
		break outer
	}
	if s.body == nil {
		return nil
	}
	return s
}

// check runs the checks on s.
func (c *checker) check(s *start) {
	c.checkLoop(s)
	c.checkEnd(s)
}

// graph returns the control-flow graph of body.
func (c *checker) graph(body *ast.BlockStmt) *cfg.CFG {
	g, ok := c.graphs[body]
	if !ok {
		g = cfg.New(body, c.mayReturn)
		c.graphs[body] = g
	}
	return g
}

// mayReturn reports whether call may return to its caller: not panic,
// an Exit row of the table (os.Exit, log.Fatal, t.Fatal, klog.Exit), an
// event marked NoReturn (zap's Fatal), nor a function of the package
// that never returns (its own fatal helper).
func (c *checker) mayReturn(call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return false
		}
	}
	if a := c.calls.Lookup(call); a != nil {
		return a.Returns()
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() != c.pass.Pkg {
		return true
	}
	return c.funcReturns(fn)
}

// funcReturns reports whether fn, a function of the package, may
// return. A function being computed (recursion) may.
func (c *checker) funcReturns(fn *types.Func) bool {
	if r, ok := c.returns[fn]; ok {
		return r
	}
	c.returns[fn] = true
	if c.decls == nil {
		c.decls = make(map[*types.Func]*ast.FuncDecl)
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				if d, ok := d.(*ast.FuncDecl); ok && d.Body != nil {
					if obj, ok := c.pass.TypesInfo.Defs[d.Name].(*types.Func); ok {
						c.decls[obj] = d
					}
				}
			}
		}
	}
	d := c.decls[fn]
	if d == nil {
		return true
	}
	r := !cfg.New(d.Body, c.mayReturn).NoReturn()
	c.returns[fn] = r
	return r
}

// isSpan reports whether t has an End method that is a SpanEnd row of
// the table: *tracing.Span, OpenTelemetry's trace.Span.
func (c *checker) isSpan(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "End")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	a := c.calls.Func(fn)
	return a != nil && a.Role == apis.SpanEnd
}

// varOf returns the local variable that e, an identifier, declares or
// names, or nil (for _, a field, an index).
func (c *checker) varOf(e ast.Expr) *types.Var {
	id, ok := e.(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	obj := c.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[id]
	}
	v, _ := obj.(*types.Var)
	if v == nil || v.IsField() || v.Pkg() != c.pass.Pkg || v.Parent() == c.pass.Pkg.Scope() {
		return nil
	}
	return v
}

// isBlank reports whether e is the blank identifier.
func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// endCall returns the receiver of call when it is a SpanEnd row of
// the table (span.End()), or nil.
func (c *checker) endCall(call *ast.CallExpr) (recv ast.Expr, ok bool) {
	a := c.calls.Lookup(call)
	if a == nil || a.Role != apis.SpanEnd {
		return nil, false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return ast.Unparen(sel.X), true
	}
	return nil, true
}

// uses returns the identifiers of fn that refer to v, each with its
// ancestors within fn.
func (c *checker) uses(fn ast.Node, v *types.Var, f func(id *ast.Ident, stack []ast.Node)) {
	ast.PreorderStack(fn, nil, func(n ast.Node, stack []ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
			f(id, stack)
		}
		return true
	})
}
