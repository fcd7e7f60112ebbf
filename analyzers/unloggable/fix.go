package unloggable

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/effects"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
	"github.com/tracelint/tracelint/analyzers/internal/keys"
	"github.com/tracelint/tracelint/analyzers/internal/loggable"
	"github.com/tracelint/tracelint/analyzers/internal/uses"
	"golang.org/x/tools/go/analysis"
)

// suggest returns the fix for s, or nil where none is safe.
func (c *checker) suggest(s *site) *analysis.SuggestedFix {
	f := s.f
	info := c.pass.TypesInfo
	switch f.Class {
	case loggable.Payload, loggable.Buffer:
		if f.Stack {
			return replaceValue(s, fmt.Sprintf("Record %s as text", c.name(s.value)), "string("+c.src(s.value)+")")
		}
		value := "len(" + c.src(f.Base) + ")"
		if f.Class == loggable.Buffer {
			value = operand(c.src(f.Base), f.Base) + ".Len()"
		} else if m := c.lenMethod(f); m != "" {
			value = m // buf.Bytes() becomes buf.Len()
		}
		words := keys.Words(keyString(info, s.key))
		if words == nil {
			words = keys.ExprWords(info, f.Base)
		}
		if words == nil {
			words = []string{"payload"}
		}
		key := c.namer(s).Unique(append(words, "len"))
		return c.replaceField(s, fmt.Sprintf("Record %s instead of %s", value, c.name(s.value)), [][2]string{{key, value}}, types.Typ[types.Int])

	case loggable.File:
		value := operand(c.src(s.value), s.value) + ".Name()"
		return replaceValue(s, fmt.Sprintf("Record %s instead of %s", value, c.name(s.value)), value)

	case loggable.Atomic:
		if !loadable(info, s.value, f.Type) {
			return c.remove(s)
		}
		value := operand(c.src(s.value), s.value) + ".Load()"
		return replaceValue(s, fmt.Sprintf("Record %s instead of %s", value, c.name(s.value)), value)

	case loggable.Request:
		if s.call == nil && !s.inChain() && s.lit == nil || !effects.None(info, s.value) {
			return nil
		}
		r := operand(c.src(s.value), s.value)
		n := c.namer(s)
		fields := [][2]string{
			{n.Unique([]string{"method"}), r + ".Method"},
			{n.Unique([]string{"path"}), r + ".URL.Path"},
		}
		return c.replaceField(s, fmt.Sprintf("Record %s.Method and %s.URL.Path instead of %s", r, r, c.name(s.value)), fields, types.Typ[types.String])

	case loggable.ByteArray:
		return nil // a shorter rendering is the author's choice
	}
	return c.remove(s)
}

// lenMethod returns the text of the call that gives the length of f's
// bytes without building them, when f.Base is the call of a payload
// source with such a method (buf.Bytes(): buf.Len()), or "".
func (c *checker) lenMethod(f *loggable.Finding) string {
	info := c.pass.TypesInfo
	call, ok := ast.Unparen(f.Base).(*ast.CallExpr)
	if !ok || call != f.Source {
		return ""
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	if s, ok := info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return ""
	}
	fn, _ := info.Uses[sel.Sel].(*types.Func)
	if src := apis.SourceFor(fn); src != nil && src.Len != "" {
		return operand(c.src(sel.X), sel.X) + "." + src.Len + "()"
	}
	return ""
}

// replaceValue replaces the value alone, keeping its key and
// constructor (Any takes the new value as well as the old).
func replaceValue(s *site, msg, value string) *analysis.SuggestedFix {
	if s.ctor != nil && s.ctorAPI.Kind != apis.KindAny {
		return nil
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{fix.Replace(s.value, value)}}
}

// replaceField replaces the field holding s.value with fields of type t
// (key, value text), in the style of the field: a constructor call is
// rebuilt with the typed constructor of its own package, a key and
// value become new keys and values. More than one field needs the
// field to be an argument of the logging call.
func (c *checker) replaceField(s *site, msg string, fields [][2]string, t types.Type) *analysis.SuggestedFix {
	if len(fields) > 1 && s.call == nil && !s.inChain() && s.lit == nil {
		return nil
	}
	if s.key != nil && keyString(c.pass.TypesInfo, s.key) == "" {
		return nil // a computed key: a derived constant would be a guess
	}
	if s.key != nil && c.dropsLastUse(s.key) {
		return nil // the key is a constant of a package imported for it alone
	}
	var style *apis.Style
	q := ""
	var edits []analysis.TextEdit
	var from, to token.Pos
	sep := ", "
	switch {
	case s.lit != nil:
		// An entry of a map of fields: "body_len": len(body).
		texts := make([]string, len(fields))
		for i, kv := range fields {
			texts[i] = fix.MapEntry(kv[0], kv[1])
		}
		return &analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{Pos: s.key.Pos(), End: s.value.End(), NewText: []byte(strings.Join(texts, ", "))}}}
	case s.inChain():
		// A method of the event's chain: .Interface("body", body)
		// becomes .Int("body_len", len(body)), one call per field.
		sel, ok := ast.Unparen(s.ctor.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		style, sep = s.ctorAPI.Style, "."
		from, to = sel.Sel.Pos(), s.ctor.End()
	case s.ctor != nil:
		style = s.ctorAPI.Style
		path, name := fix.Qualifier(style)
		var ok bool
		q, edits, ok = fix.Import(c.pass, c.file, s.ctor.Pos(), path, name)
		if !ok {
			return nil
		}
		from, to = s.ctor.Pos(), s.ctor.End()
	case s.key != nil:
		style = s.api.Style
		from, to = s.key.Pos(), s.value.End()
	default:
		return nil
	}
	texts := make([]string, len(fields))
	for i, kv := range fields {
		text, ok := fix.Field(style, q, kv[0], kv[1], t)
		if !ok {
			return nil
		}
		texts[i] = text
	}
	edits = append(edits, analysis.TextEdit{Pos: from, End: to, NewText: []byte(strings.Join(texts, sep))})
	return &analysis.SuggestedFix{Message: msg, TextEdits: edits}
}

// remove deletes the field from its logging call, where that leaves a
// well-formed call that still means something and drops no side effect.
func (c *checker) remove(s *site) *analysis.SuggestedFix {
	if s.inChain() && s.call == nil {
		return c.removeLink(s)
	}
	if s.lit != nil {
		return c.removeEntry(s)
	}
	if s.call == nil {
		return nil
	}
	info := c.pass.TypesInfo
	if !effects.None(info, s.value) || (s.key != nil && !effects.None(info, s.key)) {
		return nil
	}
	if s.ctor != nil && !effects.None(info, s.ctor) {
		return nil
	}
	removed := []ast.Node{s.value}
	if s.key != nil {
		removed = append(removed, s.key)
	}
	if s.ctor != nil {
		removed = append(removed, s.ctor)
	}
	if c.dropsLastUse(removed...) {
		return nil // the fixed code would not compile: declared and not used
	}
	// With, Record and Group exist only for their fields.
	if len(s.api.FieldArgs(s.call)) == s.n && (s.api.Role == apis.With || s.api.Role == apis.Record || s.api.Role == apis.FieldCtor) {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   "Remove the field " + c.fieldName(s),
		TextEdits: []analysis.TextEdit{fix.DeleteArgs(s.call, s.index, s.n)},
	}
}

// removeLink deletes a field method from the event's chain
// (.Interface("ctx", ctx)), where that drops no side effect and leaves
// every variable used.
func (c *checker) removeLink(s *site) *analysis.SuggestedFix {
	info := c.pass.TypesInfo
	sel, ok := ast.Unparen(s.ctor.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if x, y := info.TypeOf(sel.X), info.TypeOf(s.ctor); x == nil || y == nil || !types.Identical(x, y) {
		// logrus.WithField(...) on the package, or on a *Logger, makes
		// an *Entry: without it the chain would not be the same.
		return nil
	}
	args := make([]ast.Node, len(s.ctor.Args))
	for i, a := range s.ctor.Args {
		if !effects.None(info, a) {
			return nil
		}
		args[i] = a
	}
	if c.dropsLastUse(args...) {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   "Remove the field " + c.fieldName(s),
		TextEdits: []analysis.TextEdit{{Pos: sel.X.End(), End: s.ctor.End()}},
	}
}

// removeEntry deletes an entry from a map literal of fields
// (logrus.Fields{"ctx": ctx, ...}), unless it is the only one (the call
// that takes the map exists for it) or drops a side effect or the last
// use of a variable.
func (c *checker) removeEntry(s *site) *analysis.SuggestedFix {
	info := c.pass.TypesInfo
	i := slices.IndexFunc(s.lit.Elts, func(e ast.Expr) bool { kv, ok := e.(*ast.KeyValueExpr); return ok && kv.Key == s.key })
	if i < 0 || len(s.lit.Elts) == 1 || !effects.None(info, s.key) || !effects.None(info, s.value) || c.dropsLastUse(s.key, s.value) {
		return nil
	}
	return &analysis.SuggestedFix{Message: "Remove the field " + c.fieldName(s), TextEdits: []analysis.TextEdit{fix.DeleteElems(s.lit.Elts, i, 1)}}
}

// fieldName is how a removal fix names s's field: its constant key,
// quoted, else its value.
func (c *checker) fieldName(s *site) string {
	if k := keyString(c.pass.TypesInfo, s.key); k != "" {
		return strconv.Quote(k)
	}
	return c.name(s.value)
}

// namer returns a key namer that avoids the other keys of the logging
// call holding s.
func (c *checker) namer(s *site) *keys.Namer {
	var taken []string
	if s.call != nil {
		// The field being replaced keeps its key among them: no new key
		// is ever the old one (body becomes body_len).
		taken, _ = s.api.FieldKeys(c.pass.TypesInfo, s.call)
	}
	return c.survey.Namer(c.keyCase, c.file, taken...)
}

// loadable reports whether value (of an atomic type t) has a Load
// method returning a plain value that a fix may call: t is one of the
// atomic integers or Bool, and a pointer to it or addressable.
func loadable(info *types.Info, value ast.Expr, t types.Type) bool {
	elem, isPtr := loggable.Pointee(t)
	obj := loggable.NamedObj(elem)
	if obj == nil {
		return false
	}
	switch obj.Name() {
	case "Bool", "Int32", "Int64", "Uint32", "Uint64", "Uintptr":
	default:
		return false
	}
	return isPtr || info.Types[value].Addressable()
}

func keyString(info *types.Info, key ast.Expr) string {
	k, _ := apis.ConstString(info, key)
	return k
}

// operand wraps text (the source of e) in parentheses unless e is an
// operand that a selector can follow.
func operand(text string, e ast.Expr) string {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.SliceExpr, *ast.TypeAssertExpr:
		return text
	}
	if _, ok := e.(*ast.ParenExpr); ok {
		return text
	}
	return "(" + text + ")"
}

// src returns the source text of e.
func (c *checker) src(e ast.Expr) string { return fix.Source(c.pass.Fset, e) }

// dropsLastUse reports whether removing the nodes removes every use of
// a local variable or an imported package name: the fixed code would
// not compile. Assignments to a variable do not count as uses.
func (c *checker) dropsLastUse(nodes ...ast.Node) bool {
	if c.uses == nil {
		c.uses = uses.Count(c.pass.TypesInfo, filesOf(c.pass)...)
	}
	for _, obj := range uses.Dropped(c.pass.TypesInfo, c.uses, nodes, nil) {
		switch obj := obj.(type) {
		case *types.PkgName:
			return true
		case *types.Var:
			if obj.Kind() == types.LocalVar {
				return true
			}
		}
	}
	return false
}

func filesOf(pass *analysis.Pass) []ast.Node {
	nodes := make([]ast.Node, len(pass.Files))
	for i, f := range pass.Files {
		nodes[i] = f
	}
	return nodes
}
