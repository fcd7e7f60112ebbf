package idinmessage

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// console reports whether the function around the call at cur lays out
// a report for a terminal through the logger: it also logs a blank line,
// an event whose message is a constant empty (or all-space) text and
// which has no field. Its other messages, built at run time ("PASS
// pkg", "  TestX", "TestX:"), are lines of that text, not events to
// query; recording their values as fields would break the report.
func (c *checker) console(cur inspector.Cursor) bool {
	var fnCur inspector.Cursor
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fnCur = fc
		break
	}
	if !fnCur.Valid() {
		return false
	}
	fi := c.funcInfo(fnCur.Node())
	if fi.console == 0 {
		fi.console = -1
		if c.blankLine(fi) {
			fi.console = 1
		}
	}
	return fi.console > 0
}

// blankLine reports whether the body of fi's function (outside the
// function literals in it) logs a blank line.
func (c *checker) blankLine(fi *funcInfo) bool {
	if fi.body == nil {
		return false
	}
	found := false
	ast.Inspect(fi.body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			api := c.calls.Lookup(n)
			if api == nil {
				api = c.eventVar(fi, n)
			}
			if api == nil || api.Role != apis.Event || n.Ellipsis.IsValid() || api.Fields >= 0 && len(n.Args) > api.Fields {
				return true
			}
			if s, ok := apis.ConstString(c.pass.TypesInfo, apis.Arg(n, api.Msg)); ok && strings.TrimSpace(s) == "" {
				found = true
			}
		}
		return true
	})
	return found
}

// eventVar returns the row of the events that call calls through a local
// variable of fi's function assigned only event functions of one shape
// (logOutput := l.ErrorContext; if skip { logOutput = l.WarnContext }),
// or nil.
func (c *checker) eventVar(fi *funcInfo, call *ast.CallExpr) *apis.API {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var row *apis.API
	for _, a := range fi.assigns[v] {
		if a.unknown || a.rhs == nil {
			return nil
		}
		r := apis.Lookup(c.pass.TypesInfo, &ast.CallExpr{Fun: a.rhs})
		if r == nil || r.Role != apis.Event || row != nil && (r.Msg != row.Msg || r.Fields != row.Fields) {
			return nil
		}
		row = r
	}
	return row
}
