package unloggable

import (
	"go/ast"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/loggable"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// enclosingFunc returns the outermost function declaration or literal
// around cur (where every assignment to a local it can see is), or nil.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	var fn ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = c.Node()
	}
	return fn
}

// A site is one recorded value that renders badly, with what a fix
// needs to know about where it is recorded.
type site struct {
	f     *loggable.Finding
	cur   inspector.Cursor // the call recording the value
	value ast.Expr         // the value, where the diagnostic goes
	key   ast.Expr         // its key, or nil

	// The field constructor call holding value (nil in key-value style).
	ctor    *ast.CallExpr
	ctorAPI *apis.API

	// The logging call whose arguments index..index+n-1 are the field
	// (n is 1 for a constructor, 2 for a key and value); call is nil
	// when the constructor is not an argument of a logging call.
	call  *ast.CallExpr
	api   *apis.API
	index int
	n     int

	// lit is the map literal of fields (logrus.Fields{...}) whose entry
	// is key: value; nil elsewhere.
	lit *ast.CompositeLit
}

// inChain reports whether the field is a method call in the chain of
// an event (zerolog's .Interface("k", v), logrus's .WithField).
func (s *site) inChain() bool { return s.ctor != nil && s.ctorAPI.Style.Pairing == apis.Chain }

func (c *checker) report(s *site) {
	d := analysis.Diagnostic{Pos: s.value.Pos(), End: s.value.End(), Message: c.message(s)}
	if src := s.f.Source; src != nil && !contains(s.value, src) {
		d.Related = []analysis.RelatedInformation{{Pos: src.Pos(), End: src.End(), Message: "the payload comes from here"}}
	}
	if sf := c.suggest(s); sf != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*sf}
	}
	c.pass.Report(d)
}

// contains reports whether n lies within outer.
func contains(outer, n ast.Node) bool { return outer.Pos() <= n.Pos() && n.End() <= outer.End() }
