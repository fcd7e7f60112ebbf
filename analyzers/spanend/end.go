package spanend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"

	"github.com/tracelint/tracelint/analyzers/internal/fix"
)

// checkEnd reports s when some path out of its function leaves its
// span open.
func (c *checker) checkEnd(s *start) {
	if s.span == nil || isBlank(s.span) {
		c.checkDiscarded(s)
		return
	}
	v := c.varOf(s.span)
	if v == nil || !within(s.fn, v.Pos()) || c.isResult(s.typ, v) || c.ctxEscapes(s) {
		return // a field, a global, a variable of an enclosing function, a named result; or the caller ends it
	}
	handed, away := c.escapes(s.fn, v)
	if errorsFlag && !away {
		c.checkErrors(s, v) // a span handed to a helper is recorded on by it on that path only
	}
	if handed || away {
		return
	}
	exit, ok := c.leak(s, v)
	if !ok {
		return
	}
	d := analysis.Diagnostic{
		Pos:     s.call.Pos(),
		End:     s.call.End(),
		Message: fmt.Sprintf("span started here is not ended on the path through line %d; it is never exported", c.pass.Fset.Position(exit).Line),
		Related: []analysis.RelatedInformation{{Pos: exit, End: exit + 1, Message: "the path out of the function without " + v.Name() + ".End()"}},
	}
	if s.list && s.loop == nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "End " + v.Name() + " when the function returns",
			TextEdits: []analysis.TextEdit{c.insertAfter(s.stmt, "defer "+v.Name()+".End()")},
		}}
	}
	c.pass.Report(d)
}

// checkDiscarded reports s when its span is discarded: assigned to _,
// or the whole call a statement.
func (c *checker) checkDiscarded(s *start) {
	if c.ctxEscapes(s) || c.endsFromContext(s.fn) {
		return
	}
	d := analysis.Diagnostic{
		Pos:     s.call.Pos(),
		End:     s.call.End(),
		Message: "span started here is discarded, so it can never be ended; it is never exported",
	}
	if as, ok := s.stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && s.list && s.loop == nil {
		if name := c.freshName(s.stmt.Pos(), "span"); name != "" {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message: "Name the span and end it when the function returns",
				TextEdits: []analysis.TextEdit{
					{Pos: s.span.Pos(), End: s.span.End(), NewText: []byte(name)},
					c.insertAfter(s.stmt, "defer "+name+".End()"),
				},
			}}
		}
	}
	c.pass.Report(d)
}

// freshName returns base, or base followed by a number, that names
// nothing in scope at pos nor in pos's own scope, or "".
func (c *checker) freshName(pos token.Pos, base string) string {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return ""
	}
	for i := 1; i < 10; i++ {
		name := base
		if i > 1 {
			name = fmt.Sprintf("%s%d", base, i)
		}
		if _, obj := scope.LookupParent(name, pos); obj == nil && scope.Lookup(name) == nil {
			return name
		}
	}
	return ""
}

// insertAfter returns the edit that inserts text as a statement on the
// line after stmt (after its line's comment), indented as stmt is.
func (c *checker) insertAfter(stmt ast.Stmt, text string) analysis.TextEdit {
	indent := fix.Indent(c.pass.Fset.Position(stmt.Pos()))
	at := stmt.End()
	if tf := c.pass.Fset.File(at); tf != nil {
		if line := tf.Line(at); line < tf.LineCount() {
			at = tf.LineStart(line+1) - 1 // the line's newline
		}
	}
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n" + indent + text)}
}

// within reports whether pos lies in n.
func within(n ast.Node, pos token.Pos) bool { return n.Pos() <= pos && pos < n.End() }

// isResult reports whether v is a named result of typ: every return
// hands it to the caller.
func (c *checker) isResult(typ *ast.FuncType, v *types.Var) bool {
	if typ.Results == nil {
		return false
	}
	for _, f := range typ.Results.List {
		for _, id := range f.Names {
			if c.pass.TypesInfo.Defs[id] == v {
				return true
			}
		}
	}
	return false
}

// escapes reports how v, a span variable of fn, leaves fn's own
// control: handed, when it is passed to a function or a function literal
// ends it (the callee or the literal may end it; the errors rule still
// asks the other paths to record); away, for any other use but a method
// call on it or an assignment to it — returned, stored, sent, a method
// value (a span compared to nil is ended, or not, on purpose).
func (c *checker) escapes(fn ast.Node, v *types.Var) (handed, away bool) {
	c.uses(fn, v, func(id *ast.Ident, stack []ast.Node) {
		if away {
			return
		}
		parent := stack[len(stack)-1]
		switch p := parent.(type) {
		case *ast.CallExpr:
			if p.Fun != id {
				handed = true
				return
			}
			away = true
		case *ast.SelectorExpr:
			if p.X != id || len(stack) < 2 {
				away = true
				return
			}
			call, ok := stack[len(stack)-2].(*ast.CallExpr)
			if !ok || call.Fun != p {
				away = true // a method value: span.End handed on
				return
			}
			if _, ok := c.endCall(call); ok && inFuncLit(stack, fn) {
				handed = true // a function literal ends it
			}
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == id {
					return
				}
			}
			away = true
		default:
			away = true
		}
	})
	return handed, away
}

// inFuncLit reports whether stack, the ancestors of a node of fn, has a
// function literal below fn.
func inFuncLit(stack []ast.Node, fn ast.Node) bool {
	for i := len(stack) - 1; i >= 0 && stack[i] != fn; i-- {
		if _, ok := stack[i].(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

// ctxEscapes reports whether the context that s returns is returned by
// its function: a helper that starts the span for its caller, who ends
// it through SpanFromContext.
func (c *checker) ctxEscapes(s *start) bool {
	if s.ctx == nil {
		return false
	}
	v := c.varOf(s.ctx)
	if v == nil {
		return false
	}
	return inBody(s.body, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok {
			for _, e := range r.Results {
				if id, ok := ast.Unparen(e).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
					return true
				}
			}
		}
		return false
	})
}

// endsFromContext reports whether fn ends a span that it gets other than
// from a variable (trace.SpanFromContext(ctx).End()).
func (c *checker) endsFromContext(fn ast.Node) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if recv, ok := c.endCall(call); ok {
				if _, isIdent := recv.(*ast.Ident); !isIdent {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// leak returns the position of an exit of s's function (a return, the
// closing brace, a loop that starts the span again, a recovered panic)
// that a path from s reaches without ending v; the first in the source
// when there are several.
func (c *checker) leak(s *start, v *types.Var) (token.Pos, bool) {
	from, at := nodeAt(c.graph(s.body), s.node)
	if from == nil || !from.Live {
		return token.NoPos, false
	}
	recovers := c.recovers(s.body)
	type item struct {
		b    *cfg.Block
		i    int
		loop token.Pos // the last loop the path went round, or NoPos
	}
	var exits []token.Pos
	seen := make(map[*cfg.Block]bool)
	work := []item{{from, at + 1, token.NoPos}}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		open := true
		for _, n := range it.b.Nodes[it.i:] {
			switch {
			case n == s.node:
				exits = append(exits, it.loop)
			case c.ends(n, v):
			case n != s.node && c.assigns(n, v):
			case recovers && c.isPanic(n):
				exits = append(exits, n.Pos())
			default:
				if r, ok := n.(*ast.ReturnStmt); ok {
					exits = append(exits, r.Pos())
				} else {
					continue
				}
			}
			open = false
			break
		}
		if !open {
			continue
		}
		for _, succ := range it.b.Succs {
			if seen[succ] {
				continue
			}
			seen[succ] = true
			loop := it.loop
			if succ.Kind == cfg.KindForLoop || succ.Kind == cfg.KindRangeLoop {
				loop = succ.Stmt.Pos()
			}
			work = append(work, item{succ, 0, loop})
		}
	}
	first := token.NoPos
	for _, p := range exits {
		if p.IsValid() && (!first.IsValid() || p < first) {
			first = p
		}
	}
	return first, first.IsValid()
}

// ends reports whether n, a node of a control-flow graph, ends v (or a
// span it takes from a context) or defers ending it.
func (c *checker) ends(n ast.Node, v *types.Var) bool {
	return inBody(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		recv, ok := c.endCall(call)
		if !ok {
			return false
		}
		id, isIdent := recv.(*ast.Ident)
		return !isIdent || c.pass.TypesInfo.Uses[id] == v
	})
}

// inBody reports whether match holds for a node of n outside the
// function literals n holds (their code runs some other time).
func inBody(n ast.Node, match func(ast.Node) bool) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		if _, lit := m.(*ast.FuncLit); lit && m != n {
			return false
		}
		found = m != nil && match(m)
		return !found
	})
	return found
}

// isBuiltin reports whether call calls the builtin function name.
func (c *checker) isBuiltin(call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// assigns reports whether n assigns v.
func (c *checker) assigns(n ast.Node, v *types.Var) bool {
	var lhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		lhs = n.Lhs
	case *ast.ValueSpec:
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
	}
	for _, l := range lhs {
		if id, ok := l.(*ast.Ident); ok && (c.pass.TypesInfo.Uses[id] == v || c.pass.TypesInfo.Defs[id] == v) {
			return true
		}
	}
	return false
}

// isPanic reports whether n is a statement calling panic.
func (c *checker) isPanic(n ast.Node) bool {
	es, ok := n.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.X.(*ast.CallExpr)
	return ok && c.isBuiltin(call, "panic")
}

// recovers reports whether body defers a function literal that calls
// recover: a panic then returns from the function.
func (c *checker) recovers(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		d, ok := n.(*ast.DeferStmt)
		if !ok {
			_, lit := n.(*ast.FuncLit)
			return !lit
		}
		lit, ok := d.Call.Fun.(*ast.FuncLit)
		if !ok {
			return false
		}
		found = inBody(lit.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			return ok && c.isBuiltin(call, "recover")
		})
		return false
	})
	return found
}
