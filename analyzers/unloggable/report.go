package unloggable

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"unicode"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
	"github.com/tracelint/tracelint/analyzers/internal/keys"
	"github.com/tracelint/tracelint/analyzers/internal/effects"
	"github.com/tracelint/tracelint/analyzers/internal/loggable"
	"github.com/tracelint/tracelint/analyzers/internal/uses"
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
	stack bool             // a []byte payload holding a stack trace: text

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
}

func (c *checker) report(s *site) {
	if s.f.Class == loggable.Payload {
		s.stack = loggable.HoldsStackTrace(c.pass.TypesInfo, enclosingFunc(s.cur), s.value)
	}
	d := analysis.Diagnostic{Pos: s.value.Pos(), End: s.value.End(), Message: c.message(s)}
	if sf := c.suggest(s); sf != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*sf}
	}
	c.pass.Report(d)
}

// message says what the value is, what the log would show instead of
// something useful, and what to record.
func (c *checker) message(s *site) string {
	f := s.f
	name := c.name(s.value)
	base := c.name(f.Base)
	typ := c.typeString(f.Type)
	atyp := withArticle(typ)
	switch f.Class {
	case loggable.Payload:
		if s.stack {
			text := "string(" + base + ")"
			if base == "the value" {
				text = "it as a string"
			}
			return fmt.Sprintf("%s is %s payload holding a stack trace; a JSON log would carry it as base64 — record %s instead", name, atyp, text)
		}
		if loggable.IsNamed(f.Type, "encoding/json", "RawMessage") {
			return fmt.Sprintf("%s is %s payload; the log would carry the whole JSON document — record %s instead", name, atyp, lenOf(base))
		}
		return fmt.Sprintf("%s is %s payload; the log would carry every byte of it (base64 in JSON) — record %s instead", name, atyp, lenOf(base))
	case loggable.Buffer:
		return fmt.Sprintf("%s is %s; its String method would put the whole buffer into the log — record %s instead", name, atyp, call(base, f.Base, "Len"))
	case loggable.ByteArray:
		n := f.Type.Underlying().(*types.Array).Len()
		return fmt.Sprintf("%s is %s; the log would show %d separate numbers — give its type a String method or record a short ID instead", name, atyp, n)
	case loggable.Func:
		return fmt.Sprintf("%s is a func; the log would show only a code address, or an encoding error in JSON — remove the field", name)
	case loggable.Chan:
		return fmt.Sprintf("%s is a channel; the log would show only its address, or an encoding error in JSON — remove the field", name)
	case loggable.UnsafePointer:
		return fmt.Sprintf("%s is an unsafe.Pointer; the log would show only a raw address — remove the field", name)
	case loggable.Lock:
		return fmt.Sprintf("%s is %s; the log would show its internal state words, read without synchronization, not data — remove the field", name, atyp)
	case loggable.Atomic:
		return fmt.Sprintf("%s is %s; the log would show its internal struct, not the value it holds — record %s instead", name, atyp, call(name, s.value, "Load"))
	case loggable.LockOwner:
		owner := "its type"
		if obj := loggable.NamedObj(pointeeOf(f.Type)); obj != nil {
			owner = obj.Name()
		}
		kind := "lock"
		if loggable.IsAtomic(f.Inner) {
			kind = "atomic"
		}
		return fmt.Sprintf("%s holds %s (in field %s); the log would show %s internals beside a racy copy of the data — remove the field or give %s a LogValue method",
			name, withArticle(c.typeString(f.Inner)), fieldPath(f.Path), kind, owner)
	case loggable.Context:
		return fmt.Sprintf("%s is a context.Context; the log would show its chain of wrappers, not anything the request carries — remove the field", name)
	case loggable.Stream:
		what := "a stream"
		if loggable.IsNamed(f.Type, "net", "Conn") {
			what = "a connection"
		}
		return fmt.Sprintf("%s is %s (%s); the log would show its internal state, never its data — remove the field", name, what, typ)
	case loggable.File:
		return fmt.Sprintf("%s is an open file (%s); the log would show a pointer to its internal state, not which file — record %s instead", name, typ, call(name, s.value, "Name"))
	case loggable.Request:
		return fmt.Sprintf("%s is an HTTP request (%s); the log would dump all of it, Authorization and Cookie headers included — record its method and path instead", name, typ)
	case loggable.Response:
		return fmt.Sprintf("%s is an HTTP response (%s); the log would dump the struct with its headers and body stream — remove the field", name, typ)
	}
	return fmt.Sprintf("%s cannot be logged usefully", name)
}

// suggest returns the fix for s, or nil where none is safe.
func (c *checker) suggest(s *site) *analysis.SuggestedFix {
	f := s.f
	info := c.pass.TypesInfo
	switch f.Class {
	case loggable.Payload, loggable.Buffer:
		if s.stack {
			return replaceValue(s, fmt.Sprintf("Record %s as text", c.name(s.value)), "string("+c.src(s.value)+")")
		}
		value := "len(" + c.src(f.Base) + ")"
		if f.Class == loggable.Buffer {
			value = operand(c.src(f.Base), f.Base) + ".Len()"
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
		if s.call == nil || !effects.None(info, s.value) {
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
	if len(fields) > 1 && s.call == nil {
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
	if s.ctor != nil {
		style = s.ctorAPI.Style
		path, name := fix.Qualifier(style)
		var ok bool
		q, edits, ok = fix.Import(c.pass, c.file, s.ctor.Pos(), path, name)
		if !ok {
			return nil
		}
		from, to = s.ctor.Pos(), s.ctor.End()
	} else if s.key != nil {
		style = s.api.Style
		from, to = s.key.Pos(), s.value.End()
	} else {
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
	edits = append(edits, analysis.TextEdit{Pos: from, End: to, NewText: []byte(strings.Join(texts, ", "))})
	return &analysis.SuggestedFix{Message: msg, TextEdits: edits}
}

// remove deletes the field from its logging call, where that leaves a
// well-formed call that still means something and drops no side effect.
func (c *checker) remove(s *site) *analysis.SuggestedFix {
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
	what := c.name(s.value)
	if k := keyString(info, s.key); k != "" {
		what = strconv.Quote(k)
	}
	return &analysis.SuggestedFix{
		Message:   "Remove the field " + what,
		TextEdits: []analysis.TextEdit{fix.DeleteArgs(s.call, s.index, s.n)},
	}
}

// namer returns a key namer that avoids the other keys of the logging
// call holding s.
func (c *checker) namer(s *site) *keys.Namer {
	var taken []string
	if s.call != nil {
		taken = keysOf(c.pass.TypesInfo, s.api, s.call, s.index)
	}
	return keys.NewNamer(c.keyCase, taken...)
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

// src returns the source text of e.
func (c *checker) src(e ast.Expr) string { return fix.Source(c.pass.Fset, e) }

// name returns e's text for a message, or "the value" when it is too
// long to quote.
func (c *checker) name(e ast.Expr) string {
	s := c.src(e)
	if s == "" || len(s) > 40 || strings.ContainsRune(s, '\n') {
		return "the value"
	}
	return s
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

// typeString prints t with package names, not paths.
func (c *checker) typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == c.pass.Pkg {
			return ""
		}
		return p.Name()
	})
}

func pointeeOf(t types.Type) types.Type {
	elem, _ := loggable.Pointee(t)
	return elem
}

// withArticle puts "a" or "an" before a type's name, by its first letter.
func withArticle(typ string) string {
	for _, r := range typ {
		if unicode.IsLetter(r) {
			if strings.ContainsRune("aeiouAEIOU", r) {
				return "an " + typ
			}
			break
		}
	}
	return "a " + typ
}

// lenOf writes the advice to record the length of base (a name from
// [checker.name]).
func lenOf(base string) string {
	if base == "the value" {
		return "its length"
	}
	return "len(" + base + ")"
}

// call writes the advice to record the result of the method of base (a
// name from [checker.name], the text of e).
func call(base string, e ast.Expr, method string) string {
	if base == "the value" {
		return "the result of its " + method + " method"
	}
	return operand(base, e) + "." + method + "()"
}

// fieldPath joins the field names of a path, "[i]" standing for an
// array element: inner[i].wg.
func fieldPath(path []string) string {
	var b strings.Builder
	for i, p := range path {
		if i > 0 && p != "[i]" {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

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
