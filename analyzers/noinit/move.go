package noinit

import (
	_ "embed"
	"go/ast"
	"go/token"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
	"golang.org/x/tools/go/analysis"
)

// moveUp returns the edits that move the install statement, a plain
// call statement alone on its lines, to just before stmt; or nil when
// that is not safe: the statement is not a plain call, shares a line
// with other code or comments, or uses a variable of main.
func (p *pkg) moveUp(file *ast.File, main *ast.FuncDecl, install, stmt ast.Stmt) []analysis.TextEdit {
	es, ok := install.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	if _, ok := ast.Unparen(es.X).(*ast.CallExpr); !ok {
		return nil
	}
	usesLocal := false
	ast.Inspect(es, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := p.pass.TypesInfo.Uses[id]; obj != nil && main.Body.Pos() <= obj.Pos() && obj.Pos() < main.Body.End() {
				usesLocal = true
			}
		}
		return !usesLocal
	})
	if usesLocal {
		return nil
	}
	tf := p.pass.Fset.File(install.Pos())
	first, last := p.line(install.Pos()), p.line(install.End())
	// The install moves as whole lines: nothing else may share them. The
	// premature statement only needs a line of its own to insert above (a
	// comment after it stays where it is).
	if !p.aloneOnLines(file, main.Body, install, first, last, false) || !p.aloneOnLines(file, main.Body, stmt, p.line(stmt.Pos()), p.line(stmt.Pos()), true) {
		return nil
	}
	if last+1 > tf.LineCount() {
		return nil
	}
	// The install moves with the comment lines just above it, and goes
	// above the comment lines of the first premature statement.
	indent := fix.Indent(p.pass.Fset.Position(install.Pos()))
	var text strings.Builder
	if cg := p.leadingComment(file, main.Body, install); cg != nil {
		first = p.line(cg.Pos())
		for _, c := range cg.List {
			text.WriteString(indent + c.Text + "\n")
		}
	}
	text.WriteString(indent + strings.ReplaceAll(fix.Source(p.pass.Fset, install), "\n", "\n"+indent) + "\n")
	// Between blank lines, the statement takes one of them along, so that
	// no double blank line (not gofmt-clean) is left behind.
	if p.blankAround(file, main.Body, first, last) && last+2 <= tf.LineCount() {
		last++
	}
	del := analysis.TextEdit{Pos: tf.LineStart(first), End: tf.LineStart(last + 1)}
	atLine := p.line(stmt.Pos())
	if cg := p.leadingComment(file, main.Body, stmt); cg != nil {
		atLine = p.line(cg.Pos())
	}
	at := tf.LineStart(atLine)
	return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text.String())}, del}
}

// blankAround reports whether the lines just above first and just below
// last hold neither a statement, a comment, nor a brace of body.
func (p *pkg) blankAround(file *ast.File, body *ast.BlockStmt, first, last int) bool {
	above, below := p.line(body.Lbrace), p.line(body.Rbrace)
	note := func(start, end int) {
		if end < first && end > above {
			above = end
		}
		if start > last && start < below {
			below = start
		}
	}
	for _, s := range body.List {
		note(p.line(s.Pos()), p.line(s.End()))
	}
	for _, cg := range file.Comments {
		if body.Lbrace < cg.Pos() && cg.End() < body.Rbrace {
			note(p.line(cg.Pos()), p.line(cg.End()))
		}
	}
	return first-above >= 2 && below-last >= 2
}

// leadingComment returns the comment group that sits on the lines just
// above stmt, after the statement before it, each comment on a line of
// its own; or nil.
func (p *pkg) leadingComment(file *ast.File, body *ast.BlockStmt, stmt ast.Stmt) *ast.CommentGroup {
	prevLine := p.line(body.Lbrace)
	for _, s := range body.List {
		if s.End() <= stmt.Pos() {
			prevLine = p.line(s.End())
		}
	}
	for _, cg := range file.Comments {
		if p.line(cg.End()) == p.line(stmt.Pos())-1 && p.line(cg.Pos()) > prevLine && cg.Pos() > body.Lbrace {
			for i, c := range cg.List {
				if i > 0 && p.line(c.Pos()) == p.line(cg.List[i-1].End()) {
					return nil // two comments on a line: keep it simple
				}
			}
			return cg
		}
	}
	return nil
}

// aloneOnLines reports whether stmt is the only statement and, unless
// comments are allowed, there is no comment on lines first..last.
func (p *pkg) aloneOnLines(file *ast.File, body *ast.BlockStmt, stmt ast.Stmt, first, last int, comments bool) bool {
	if p.line(body.Lbrace) >= first || p.line(body.Rbrace) <= last {
		return false
	}
	for _, s := range body.List {
		if s != stmt && p.line(s.End()) >= first && p.line(s.Pos()) <= last {
			return false
		}
	}
	if comments {
		return true
	}
	for _, cg := range file.Comments {
		if p.line(cg.End()) >= first && p.line(cg.Pos()) <= last {
			return false
		}
	}
	return true
}

func (p *pkg) line(pos token.Pos) int { return p.pass.Fset.Position(pos).Line }

func isGenerated(pass *analysis.Pass, decl *ast.FuncDecl) bool {
	for _, file := range pass.Files {
		if file.FileStart <= decl.Pos() && decl.Pos() < file.FileEnd {
			return analysisutil.Generated(file) || isTest(pass, file)
		}
	}
	return false
}
