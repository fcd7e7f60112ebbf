package spanend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// checkLoop reports s when it is an assignment, in a loop, of a context
// declared outside the loop from that same context: each iteration's
// span is then the child of the previous one's.
func (c *checker) checkLoop(s *start) {
	as, ok := s.stmt.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || s.loop == nil || s.ctx == nil {
		return
	}
	ctx := c.varOf(s.ctx)
	if ctx == nil || within(s.loop, ctx.Pos()) {
		return
	}
	arg, ok := ast.Unparen(apis.Arg(s.call, s.api.Ctx)).(*ast.Ident)
	if !ok || c.pass.TypesInfo.Uses[arg] != ctx {
		return // started from another context: no chain
	}
	d := analysis.Diagnostic{
		Pos:     as.Pos(),
		End:     as.End(),
		Message: ctx.Name() + " is reassigned on every iteration, so each span started here is the child of the previous iteration's and the context chain grows with the loop",
	}
	if lhs, unused, ok := c.freshLHS(s, as); ok {
		edits := []analysis.TextEdit{{
			Pos: as.Pos(), End: as.TokPos + token.Pos(len(as.Tok.String())),
			NewText: []byte(strings.Join(lhs, ", ") + " :="),
		}}
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Declare " + strings.Join(lhs, ", ") + " for the iteration",
			TextEdits: append(edits, unused...),
		}}
	}
	c.pass.Report(d)
}

// freshLHS returns the left-hand side of as, s's assignment, once its
// variables are declared by it for the iteration: each variable read
// after as in its block keeps its name, the others become _. It is not
// ok when the change would alter what the code reads: a variable read
// after the loop, earlier in the loop (the previous iteration's value),
// after as outside its block, or by a function literal outside it.
//
// A variable declared by a var statement of its own that nothing reads
// before the loop is then unused: unused holds the edit that deletes its
// declaration.
func (c *checker) freshLHS(s *start, as *ast.AssignStmt) (lhs []string, unused []analysis.TextEdit, ok bool) {
	if !s.list {
		return nil, nil, false
	}
	block := listOf(s.loop, s.stmt)
	if block == nil {
		return nil, nil, false
	}
	named := 0
	for _, l := range as.Lhs {
		if isBlank(l) {
			lhs = append(lhs, "_")
			continue
		}
		v := c.varOf(l)
		if v == nil || !within(s.fn, v.Pos()) {
			return nil, nil, false // a field, a global or an enclosing function's variable
		}
		if within(block, v.Pos()) {
			return nil, nil, false
		}
		ok, read, before := true, false, false
		c.uses(s.fn, v, func(id *ast.Ident, stack []ast.Node) {
			p := id.Pos()
			switch {
			case within(as, p):
				// its own assignment (the context it starts from)
			case within(block, p) && p > as.End():
				read = true
			case p > s.loop.End(), within(s.loop, p):
				ok = false
			case inFuncLit(stack, s.fn):
				ok = false // a closure before the loop
			default:
				before = true
			}
		})
		if !ok {
			return nil, nil, false
		}
		if !before && !c.isParam(s.typ, v) {
			del, ok := c.deleteDecl(s.body, v)
			if !ok {
				return nil, nil, false
			}
			unused = append(unused, del)
		}
		if read {
			lhs = append(lhs, l.(*ast.Ident).Name)
			named++
		} else {
			lhs = append(lhs, "_")
		}
	}
	if named == 0 {
		return nil, nil, false
	}
	return lhs, unused, true
}

// isParam reports whether v is a parameter of typ.
func (c *checker) isParam(typ *ast.FuncType, v *types.Var) bool {
	for _, f := range typ.Params.List {
		for _, id := range f.Names {
			if c.pass.TypesInfo.Defs[id] == v {
				return true
			}
		}
	}
	return false
}

// deleteDecl returns the edit that deletes the line of v's declaration
// in body, when it is a var statement that declares v alone, without
// a value, on a line of its own.
func (c *checker) deleteDecl(body *ast.BlockStmt, v *types.Var) (analysis.TextEdit, bool) {
	var del analysis.TextEdit
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		d, ok := n.(*ast.DeclStmt)
		if !ok || found {
			return !found
		}
		g, ok := d.Decl.(*ast.GenDecl)
		if !ok || len(g.Specs) != 1 {
			return false
		}
		vs, ok := g.Specs[0].(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 0 || c.pass.TypesInfo.Defs[vs.Names[0]] != v {
			return false
		}
		tf := c.pass.Fset.File(d.Pos())
		line := tf.Line(d.Pos())
		if tf.Line(d.End()) != line || line >= tf.LineCount() {
			return false
		}
		del = analysis.TextEdit{Pos: tf.LineStart(line), End: tf.LineStart(line + 1)}
		found = true
		return false
	})
	return del, found
}

// listOf returns the block or case clause of root whose statement list
// holds stmt, or nil.
func listOf(root ast.Node, stmt ast.Stmt) ast.Node {
	var found ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if found != nil || n == nil || !within(n, stmt.Pos()) {
			return false
		}
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		for _, st := range list {
			if st == stmt {
				found = n
			}
		}
		return found == nil
	})
	return found
}
