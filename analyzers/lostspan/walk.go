package lostspan

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// walker holds the state of the one walk over a package's syntax.
type walker struct {
	pass    *analysis.Pass
	calls   *apis.Calls
	ctxless bool
	main    bool // package main: see evidence.go

	// paramSpan holds, in package main, the context parameters that may
	// carry a span; inferring is set while inferParams walks the package
	// to find them, recording what calls pass in observed.
	paramSpan map[*types.Var]bool
	inferring bool
	observed  map[*types.Var]bool

	file  *ast.File
	hist  []*binding // the scope model: see scope.go
	marks []int      // len(hist) at the entry of each open scope

	// spawnRoots are the nodes whose code runs in a new goroutine: the
	// call of a go statement, the function (and context) given to a
	// spawner of the table. spawns are those being walked.
	spawnRoots map[ast.Node]bool
	spawns     []ast.Node

	// links caches, by function (declaration or literal), whether its
	// body links spans (see linksSpans).
	links map[ast.Node]bool
}

func (w *walker) inSpawn() bool { return len(w.spawns) > 0 }

func (w *walker) mark()   { w.marks = append(w.marks, len(w.hist)) }
func (w *walker) unmark() { n := len(w.marks) - 1; w.hist = w.hist[:w.marks[n]]; w.marks = w.marks[:n] }

func (w *walker) visit(n ast.Node, push bool, stack []ast.Node) bool {
	if push {
		return w.enter(n, stack)
	}
	w.leave(n)
	return true
}

func (w *walker) enter(n ast.Node, stack []ast.Node) bool {
	if w.spawnRoots[n] {
		w.spawns = append(w.spawns, n)
	}
	switch n := n.(type) {
	case *ast.File:
		if ast.IsGenerated(n) {
			return false
		}
		w.file = n
	case *ast.FuncDecl:
		w.mark()
		w.params(n.Type, n.Recv, nil, nil, false)
	case *ast.FuncLit:
		outer := w.current(n.Pos())
		w.mark()
		var call *ast.CallExpr
		if len(stack) >= 2 {
			if c, ok := stack[len(stack)-2].(*ast.CallExpr); ok && c.Fun == n {
				call = c
			}
		}
		w.params(n.Type, nil, call, outer, true)
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.IfStmt, *ast.ForStmt,
		*ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
		w.mark()
	case *ast.RangeStmt:
		w.mark()
		if n.Tok != token.ILLEGAL {
			for _, e := range []ast.Expr{n.Key, n.Value} {
				id, _ := e.(*ast.Ident)
				if v := w.ctxVar(id); v != nil {
					w.bind(v, id, nil)
				}
			}
		}
	case *ast.GoStmt:
		w.spawnRoots[n.Call] = true
	case *ast.CallExpr:
		w.call(n, stack)
	case *ast.Ident:
		if w.inSpawn() {
			w.checkStale(n, stack)
		}
	}
	return true
}

func (w *walker) leave(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
			w.assign(n.Lhs, n.Rhs)
		}
	case *ast.ValueSpec:
		if len(n.Values) > 0 {
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			w.assign(lhs, n.Values)
		}
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
			if a := w.calls.Lookup(call); a != nil && a.Role == apis.SpanEnd {
				w.endSpan(call)
			}
		}
	case *ast.FuncDecl, *ast.FuncLit, *ast.BlockStmt, *ast.CaseClause, *ast.CommClause,
		*ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
		w.unmark()
	}
	if k := len(w.spawns) - 1; k >= 0 && w.spawns[k] == n {
		w.spawns = w.spawns[:k]
	}
}

// call looks at one call: a root context, a spawner, an event.
func (w *walker) call(call *ast.CallExpr, stack []ast.Node) {
	if w.inferring {
		w.observe(call)
	}
	fn, _ := typeutil.Callee(w.pass.TypesInfo, call).(*types.Func)
	if isRootFunc(fn) && len(call.Args) == 0 {
		w.checkRoot(call, stack)
		return
	}
	a := w.calls.Lookup(call)
	if a == nil {
		return
	}
	switch a.Role {
	case apis.Spawn:
		if f := apis.Arg(call, a.Value); f != nil {
			w.spawnRoots[f] = true
		}
		if c := apis.Arg(call, a.Ctx); c != nil {
			w.spawnRoots[c] = true
		}
	case apis.Event:
		if a.Ctx < 0 && a.CtxForm != "" && (w.inSpawn() || w.ctxless) {
			w.checkCtxless(call, a)
		}
	}
}

// argOf returns the call whose argument is the innermost node of stack,
// and the argument's index; or nil.
func argOf(stack []ast.Node) (*ast.CallExpr, int) {
	if len(stack) < 2 {
		return nil, -1
	}
	outer, ok := stack[len(stack)-2].(*ast.CallExpr)
	if !ok {
		return nil, -1
	}
	n := stack[len(stack)-1]
	for i, arg := range outer.Args {
		if arg == n {
			return outer, i
		}
	}
	return nil, -1
}
