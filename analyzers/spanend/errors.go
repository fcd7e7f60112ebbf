package spanend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
)

// errorsFlag is the -spanend.errors flag: report spans whose function
// returns an error that the span does not record.
var errorsFlag bool

func init() {
	Analyzer.Flags.BoolVar(&errorsFlag, "errors", false,
		"also report spans of libraries that record errors (OpenTelemetry) whose function returns a non-nil error without span.RecordError or span.SetStatus on that path")
}

// checkErrors reports s, a span of variable v, when its function
// returns an error that is surely not nil (an error built by the
// return, or the error variable of an enclosing err != nil check) on a
// path from s without recording an error on the span, nor ending it
// first (an error after span.End() is not the span's).
func (c *checker) checkErrors(s *start, v *types.Var) {
	if s.api.Lib == nil || s.api.Lib.Failure == nil || !returnsError(c.pass.TypesInfo, s.typ) || c.recordsInLiteral(s.fn, v) {
		return
	}
	var missed []*ast.ReturnStmt
	c.walk(s, v, func(n ast.Node) bool {
		if c.records(n, v) {
			return false
		}
		if _, deferred := n.(*ast.DeferStmt); !deferred && c.ends(n, v) {
			return false // the span is over: later errors are not its own
		}
		if r, ok := n.(*ast.ReturnStmt); ok && c.failing(s, r) {
			missed = append(missed, r)
		}
		return true
	})
	if len(missed) == 0 {
		return
	}
	first := missed[0]
	for _, r := range missed {
		if r.Pos() < first.Pos() {
			first = r
		}
	}
	d := analysis.Diagnostic{
		Pos:     s.call.Pos(),
		End:     s.call.End(),
		Message: fmt.Sprintf("span started here does not record the error returned at line %d; the trace shows the operation as successful", c.pass.Fset.Position(first.Pos()).Line),
	}
	if edits, ok := c.recordEdits(s, v, missed); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Record the error on " + v.Name(), TextEdits: edits}}
	}
	c.pass.Report(d)
}

// returnsError reports whether typ's last result is an error.
func returnsError(info *types.Info, typ *ast.FuncType) bool {
	if typ.Results == nil || len(typ.Results.List) == 0 {
		return false
	}
	t := info.TypeOf(typ.Results.List[len(typ.Results.List)-1].Type)
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// errorResult returns the error that r returns, or nil.
func errorResult(r *ast.ReturnStmt, typ *ast.FuncType) ast.Expr {
	n := 0
	for _, f := range typ.Results.List {
		n += max(1, len(f.Names))
	}
	if len(r.Results) != n || n == 0 {
		return nil // a bare return, or a call's results
	}
	return ast.Unparen(r.Results[n-1])
}

// failing reports whether r, a return of s's function, returns an
// error that is not nil: one that the return builds (a composite
// literal, or a call that constructs an error), a sentinel error, or
// the variable of an err != nil check whose body holds r.
func (c *checker) failing(s *start, r *ast.ReturnStmt) bool {
	e := errorResult(r, s.typ)
	switch e := e.(type) {
	case *ast.CallExpr:
		return c.constructs(s, r, e)
	case *ast.UnaryExpr, *ast.CompositeLit:
		return true
	case *ast.Ident:
		return c.sentinel(e) || c.checkedNotNil(s.body, r, e)
	case *ast.SelectorExpr:
		return c.sentinel(e.Sel)
	}
	return false
}

// sentinel reports whether id is a package's error variable named
// Err… (ErrNotFound, storage.ErrCollision), which holds an error by
// convention.
func (c *checker) sentinel(id *ast.Ident) bool {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && strings.HasPrefix(v.Name(), "Err")
}

// constructs reports whether call, the error that r returns, builds an
// error rather than passing on a result that may be nil (return
// conn.Close()): it wraps an error checked not nil around r
// (rewrite(ctx, err) under err != nil), its callee's name says error
// (fmt.Errorf, status.Error, newNotFoundErr; not a getter such as
// rows.Err()), or it is an errors
// package's function that builds one from a message (errors.New("…"),
// but not errors.Join(a, b), which may be nil).
func (c *checker) constructs(s *start, r *ast.ReturnStmt, call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return false // a conversion
	}
	for _, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok && c.checkedNotNil(s.body, r, id) {
			return true
		}
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return false
	}
	getter := fn.Signature().Recv() != nil && len(call.Args) == 0 // rows.Err(), which may be nil
	if strings.Contains(fn.Name(), "Err") && !getter {
		return true
	}
	if fn.Pkg() == nil || !strings.HasSuffix(fn.Pkg().Name(), "errors") {
		return false
	}
	for _, a := range call.Args {
		if tv, ok := info.Types[a]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return true
		}
	}
	return false
}

// checkedNotNil reports whether r lies in the body of an if statement
// of body whose condition is id != nil, the variable of id unassigned
// between the two.
func (c *checker) checkedNotNil(body *ast.BlockStmt, r *ast.ReturnStmt, id *ast.Ident) bool {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || !within(n, r.Pos()) {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		is, ok := n.(*ast.IfStmt)
		if !ok || !within(is.Body, r.Pos()) {
			return true
		}
		b, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
		if !ok || b.Op != token.NEQ {
			return true
		}
		x, ok := ast.Unparen(b.X).(*ast.Ident)
		y, isNil := ast.Unparen(b.Y).(*ast.Ident)
		if ok && isNil && y.Name == "nil" && c.pass.TypesInfo.Uses[x] == v && !c.assignedIn(is.Body, v, r.Pos()) {
			found = true
		}
		return !found
	})
	return found
}

// assignedIn reports whether block assigns v before pos.
func (c *checker) assignedIn(block *ast.BlockStmt, v *types.Var, pos token.Pos) bool {
	found := false
	ast.Inspect(block, func(n ast.Node) bool {
		if n != nil && n.Pos() < pos && c.assigns(n, v) {
			found = true
		}
		return !found
	})
	return found
}

// records reports whether n records an error on v (RecordError, or
// SetStatus to anything but a constant other than codes.Error), or
// hands v to a function, which may.
func (c *checker) records(n ast.Node, v *types.Var) bool {
	return inBody(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		for _, arg := range call.Args {
			if id, ok := ast.Unparen(arg).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
				return true // handed to a helper, which may record the error
			}
		}
		if a := c.calls.Lookup(call); a != nil && a.Role == apis.SpanError {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				id, ok := ast.Unparen(sel.X).(*ast.Ident)
				return !ok || c.pass.TypesInfo.Uses[id] == v
			}
		}
		return false
	})
}

// recordsInLiteral reports whether a function literal of fn records an
// error on v (a deferred func() { if err != nil { span.RecordError(err) } }()).
func (c *checker) recordsInLiteral(fn ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && lit != fn {
			ast.Inspect(lit.Body, func(m ast.Node) bool {
				if call, ok := m.(*ast.CallExpr); ok && c.records(call, v) {
					found = true
				}
				return !found
			})
			return false
		}
		return !found
	})
	return found
}

// recordEdits returns the edits that record, before each of missed,
// its error on v and set v's status: only when every one returns an
// error variable and stands in a statement list.
func (c *checker) recordEdits(s *start, v *types.Var, missed []*ast.ReturnStmt) ([]analysis.TextEdit, bool) {
	file := c.file(s.call.Pos())
	if file == nil {
		return nil, false
	}
	f := s.api.Lib.Failure
	codes, edits, ok := fix.Import(c.pass, file, s.call.Pos(), f.Code.Pkg, f.Code.PkgName)
	if !ok {
		return nil, false
	}
	for _, r := range missed {
		id, ok := errorResult(r, s.typ).(*ast.Ident)
		if !ok || listOf(s.body, r) == nil {
			return nil, false
		}
		indent := fix.Indent(c.pass.Fset.Position(r.Pos()))
		text := fmt.Sprintf("%s.%s(%s)\n%s%s.%s(%s.%s, %s.Error())\n%s",
			v.Name(), f.Record, id.Name, indent, v.Name(), f.Status, codes, f.Code.Name, id.Name, indent)
		edits = append(edits, analysis.TextEdit{Pos: r.Pos(), End: r.Pos(), NewText: []byte(text)})
	}
	return edits, true
}

// file returns the file of the package that holds pos.
func (c *checker) file(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return f
		}
	}
	return nil
}

// walk visits the nodes of the control-flow graph reachable from s,
// each once, until visit returns false on a path; a path also stops
// where v is assigned again.
func (c *checker) walk(s *start, v *types.Var, visit func(ast.Node) bool) {
	g := c.graph(s.body)
	from, at := nodeAt(g, s.node)
	if from == nil || !from.Live {
		return
	}
	type item struct {
		b *cfg.Block
		i int
	}
	seen := make(map[*cfg.Block]bool)
	work := []item{{from, at + 1}}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		open := true
		for _, n := range it.b.Nodes[it.i:] {
			if n == s.node || c.assigns(n, v) || !visit(n) {
				open = false
				break
			}
		}
		if !open {
			continue
		}
		for _, succ := range it.b.Succs {
			if !seen[succ] {
				seen[succ] = true
				work = append(work, item{succ, 0})
			}
		}
	}
}

// nodeAt returns the block of g holding n, and n's index in it.
func nodeAt(g *cfg.CFG, n ast.Node) (*cfg.Block, int) {
	for _, b := range g.Blocks {
		for i, m := range b.Nodes {
			if m == n {
				return b, i
			}
		}
	}
	return nil, -1
}
