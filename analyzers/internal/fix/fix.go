// Package fix builds the pieces of tracelint's suggested fixes: the text
// of a field in a call's own style, import edits, and minimal edits to a
// call's argument list. Every analyzer builds its edits here, so that all
// fixes look alike and stay gofmt-clean.
package fix

import (
	"bytes"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"golang.org/x/tools/go/analysis"
)

// Indent returns the indentation of a statement that starts at p:
// gofmt indents with one tab per level, so a tab per column before it.
func Indent(p token.Position) string { return strings.Repeat("\t", max(p.Column-1, 0)) }

// Source returns the text of n as gofmt prints it.
func Source(fset *token.FileSet, n ast.Node) string {
	var buf bytes.Buffer
	if err := printer.Fprint(&buf, fset, n); err != nil {
		return ""
	}
	return buf.String()
}

// Replace replaces n with text.
func Replace(n ast.Node, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}
}

// AppendArgs adds text (one or more comma-separated arguments) after
// the last argument of call, or as its only arguments.
func AppendArgs(call *ast.CallExpr, text string) analysis.TextEdit {
	if n := len(call.Args); n > 0 {
		end := call.Args[n-1].End()
		return analysis.TextEdit{Pos: end, End: end, NewText: []byte(", " + text)}
	}
	return analysis.TextEdit{Pos: call.Rparen, End: call.Rparen, NewText: []byte(text)}
}

// DeleteArgs removes the n arguments of call starting at index i,
// together with the comma that separates them from their neighbours.
func DeleteArgs(call *ast.CallExpr, i, n int) analysis.TextEdit {
	return DeleteElems(call.Args, i, n)
}

// DeleteElems removes the n expressions of a comma-separated list (a
// call's arguments, a composite literal's elements) starting at index i,
// together with the comma that separates them from their neighbours.
func DeleteElems(args []ast.Expr, i, n int) analysis.TextEdit {
	switch {
	case i > 0:
		// Remove from the end of the previous argument: ", a, b".
		return analysis.TextEdit{Pos: args[i-1].End(), End: args[i+n-1].End()}
	case i+n < len(args):
		// First arguments of several: "a, b, " up to the next one.
		return analysis.TextEdit{Pos: args[0].Pos(), End: args[i+n].Pos()}
	default:
		return analysis.TextEdit{Pos: args[0].Pos(), End: args[len(args)-1].End()}
	}
}

// PkgName returns the package name that an import spec declares (its
// explicit name, or the implicit one), or nil without type information.
func PkgName(info *types.Info, spec *ast.ImportSpec) *types.PkgName {
	var obj types.Object
	if spec.Name != nil {
		obj = info.Defs[spec.Name]
	} else {
		obj = info.Implicits[spec]
	}
	pn, _ := obj.(*types.PkgName)
	return pn
}

// Import returns the name by which the code at pos refers to the
// package with the given path. If file does not import it, the name is
// the path's package name and edits add the import. ok is false when that
// name is taken at pos by something else: no fix can name the package.
func Import(pass *analysis.Pass, file *ast.File, pos token.Pos, path, pkgName string) (name string, edits []analysis.TextEdit, ok bool) {
	info, pkg := pass.TypesInfo, pass.Pkg
	scope := pkg.Scope().Innermost(pos)
	if scope == nil {
		scope = pkg.Scope()
	}
	for _, spec := range file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		pn := PkgName(info, spec)
		if pn == nil || pn.Name() == "_" || pn.Name() == "." {
			continue
		}
		if _, o := scope.LookupParent(pn.Name(), pos); o == pn {
			return pn.Name(), nil, true
		}
		return "", nil, false // shadowed at pos
	}
	if _, o := scope.LookupParent(pkgName, pos); o != nil {
		return "", nil, false
	}
	return pkgName, []analysis.TextEdit{addImport(pass.Fset, file, path)}, true
}

// addImport adds an import of path to file where gofmt would keep it:
// in the first import block, on a line of its own before the first spec
// whose path sorts after it (gofmt sorts each run of specs), or at the
// block's end. The edit inserts at the start of a line, so that it never
// overlaps another edit of the same fix that deletes a whole spec line.
func addImport(fset *token.FileSet, file *ast.File, path string) analysis.TextEdit {
	quoted := strconv.Quote(path)
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + quoted)}
		}
		for _, spec := range gd.Specs {
			spec := spec.(*ast.ImportSpec)
			if p, err := strconv.Unquote(spec.Path.Value); err == nil && p > path {
				pos := spec.Pos()
				if spec.Doc != nil {
					pos = spec.Doc.Pos()
				}
				if tf := fset.File(pos); tf != nil && tf.Line(pos) > tf.Line(gd.Lparen) {
					start := tf.LineStart(tf.Line(pos))
					return analysis.TextEdit{Pos: start, End: start, NewText: []byte("\t" + quoted + "\n")}
				}
				return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(quoted + "; ")}
			}
		}
		return analysis.TextEdit{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\t" + quoted + "\n")}
	}
	end := file.Name.End()
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\nimport " + quoted)}
}

// Qualifier is the package whose constructors build fields of style s,
// with its usual name; "" for a style written as key-value pairs.
func Qualifier(s *apis.Style) (path, name string) {
	if s == nil || s.Pairing != apis.Ctor {
		return "", ""
	}
	return s.Pkg, s.PkgName
}

// Field returns the text of one field recording value (its source text
// and static type) under key, in style s: a key-value pair ("n", n) in
// a KV style, else the style's constructor for the value's kind,
// qualified by q (tracing.Int("n", n), slog.String("id", id)), or,
// in a Chain style, unqualified (Int("n", n): a method call in the chain
// of the event, whose dot the caller writes), the value
// converted to the constructor's parameter type where it needs it. An
// error goes through the style's error constructor only under its fixed
// key (tracing.Err(err) is "error"); elsewhere through Any. ok is false
// when the style has no constructor that can record the value.
func Field(s *apis.Style, q, key, value string, t types.Type) (text string, ok bool) {
	k := strconv.Quote(key)
	if s.Pairing == apis.KV {
		return k + ", " + value, true
	}
	kind, conv := Kind(t)
	ctor, as := s.Ctor(kind, key)
	if ctor == "" && s.Ctors[apis.KindStringer] != "" && isStringer(t) {
		ctor, as = s.Ctors[apis.KindStringer], apis.KindStringer
	}
	if ctor == "" {
		return "", false
	}
	if as == apis.KindAny || as == apis.KindStringer {
		conv = "" // the value as it is
	}
	if conv != "" {
		value = conv + "(" + value + ")"
	}
	if s.Pairing == apis.Chain {
		q = ""
	} else {
		ctor = q + "." + ctor
	}
	if as == apis.KindError && s.ErrorKey != "" {
		return ctor + "(" + value + ")", true
	}
	return ctor + "(" + k + ", " + value + ")", true
}

// MapEntry returns the text of one field recording value under key in
// a map literal of fields (logrus.Fields{"id": id}).
func MapEntry(key, value string) string { return strconv.Quote(key) + ": " + value }

// AppendElts returns the edit that adds elts (the text of each) at the
// end of lit, laid out as its elements are: one per line, each followed
// by a comma, when the closing brace is on a line of its own after the
// last element; otherwise after the last element, separated by commas.
// ok is false when a comment sits between the last element and the
// closing brace.
func AppendElts(fset *token.FileSet, file *ast.File, lit *ast.CompositeLit, elts []string) (edit analysis.TextEdit, ok bool) {
	tf := fset.File(lit.Pos())
	if tf == nil || !lit.Rbrace.IsValid() {
		return analysis.TextEdit{}, false
	}
	end := lit.Lbrace + 1
	if n := len(lit.Elts); n > 0 {
		end = lit.Elts[n-1].End()
	}
	for _, cg := range file.Comments {
		if cg.Pos() >= end && cg.End() <= lit.Rbrace {
			return analysis.TextEdit{}, false
		}
	}
	n := len(lit.Elts)
	if n > 0 && tf.Line(lit.Rbrace) > tf.Line(end) {
		indent := Indent(tf.Position(lit.Elts[n-1].Pos()))
		var b strings.Builder
		for _, e := range elts {
			b.WriteString(indent + e + ",\n")
		}
		start := tf.LineStart(tf.Line(lit.Rbrace))
		return analysis.TextEdit{Pos: start, End: start, NewText: []byte(b.String())}, true
	}
	text := strings.Join(elts, ", ")
	if n > 0 {
		text = ", " + text
	}
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte(text)}, true
}

// stringer is fmt.Stringer's method set.
var stringer = types.NewInterfaceType([]*types.Func{
	types.NewFunc(token.NoPos, nil, "String", types.NewSignatureType(nil, nil, nil, nil,
		types.NewTuple(types.NewParam(token.NoPos, nil, "", types.Typ[types.String])), false)),
}, nil).Complete()

// isStringer reports whether a value of type t is a fmt.Stringer.
func isStringer(t types.Type) bool {
	return t != nil && types.Implements(t, stringer)
}

// Kind picks the kind of field that records a value of type t with its
// own kind, and the conversion the value needs first to the kind's
// parameter type ("" if none). Types with methods of their own (a
// String or LogValue method, say) are KindAny, which keeps them.
func Kind(t types.Type) (kind apis.Kind, conv string) {
	if t == nil {
		return apis.KindAny, ""
	}
	if apis.IsError(t) {
		return apis.KindError, "" // error, or a type that implements it (*CmdError)
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		obj := n.Obj()
		if obj.Pkg() != nil && obj.Pkg().Path() == "time" {
			switch obj.Name() {
			case "Duration":
				return apis.KindDuration, ""
			case "Time":
				return apis.KindTime, ""
			}
		}
		if types.NewMethodSet(types.NewPointer(t)).Len() > 0 {
			return apis.KindAny, ""
		}
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return apis.KindAny, ""
	}
	var kind2 apis.Kind
	switch b.Kind() {
	case types.String, types.UntypedString:
		kind2 = apis.KindString
	case types.Int, types.UntypedInt:
		kind2 = apis.KindInt
	case types.Int8, types.Int16, types.Int32, types.Int64, types.UntypedRune:
		kind2 = apis.KindInt64
	case types.Uint, types.Uint8, types.Uint16, types.Uint32, types.Uint64, types.Uintptr:
		kind2 = apis.KindUint64
	case types.Float32, types.Float64, types.UntypedFloat:
		kind2 = apis.KindFloat64
	case types.Bool, types.UntypedBool:
		kind2 = apis.KindBool
	default:
		return apis.KindAny, ""
	}
	if b.Info()&types.IsUntyped != 0 || types.Identical(t, kind2.Param()) {
		return kind2, ""
	}
	return kind2, types.TypeString(kind2.Param(), nil)
}

// DeleteImport returns the edit that removes spec, an import of file,
// together with its line (and its doc comment), or the whole import
// declaration when spec is its only import. ok is false when spec
// shares a line with another import: no clean edit removes it alone.
func DeleteImport(fset *token.FileSet, file *ast.File, spec *ast.ImportSpec) (edit analysis.TextEdit, ok bool) {
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if gd, isGen := d.(*ast.GenDecl); isGen && gd.Tok == token.IMPORT && slices.Contains(gd.Specs, ast.Spec(spec)) {
			decl = gd
			break
		}
	}
	if decl == nil {
		return analysis.TextEdit{}, false
	}
	tf := fset.File(spec.Pos())
	if tf == nil {
		return analysis.TextEdit{}, false
	}
	// lines removes the whole lines from the one of start to the one
	// of end.
	lines := func(start, end token.Pos) analysis.TextEdit {
		first, last := tf.Line(start), tf.Line(end)
		from := tf.LineStart(first)
		to := token.Pos(tf.Base() + tf.Size())
		if last < tf.LineCount() {
			to = tf.LineStart(last + 1)
		}
		return analysis.TextEdit{Pos: from, End: to}
	}
	if len(decl.Specs) == 1 {
		start := decl.Pos()
		if decl.Doc != nil {
			start = decl.Doc.Pos()
		}
		e := lines(start, decl.End())
		// The blank line that separated the declaration from the next
		// one goes with it.
		if l := tf.Line(e.End); tf.Line(decl.End()) < tf.LineCount() && blankLine(tf, l) {
			e.End = tf.LineStart(l + 1)
		}
		return e, true
	}
	for _, other := range decl.Specs {
		if other != spec && (tf.Line(other.Pos()) == tf.Line(spec.Pos()) || tf.Line(other.End()) == tf.Line(spec.Pos())) {
			return analysis.TextEdit{}, false
		}
	}
	if !decl.Lparen.IsValid() || tf.Line(decl.Lparen) == tf.Line(spec.Pos()) || tf.Line(decl.Rparen) == tf.Line(spec.End()) {
		return analysis.TextEdit{}, false
	}
	start := spec.Pos()
	if spec.Doc != nil {
		start = spec.Doc.Pos()
	}
	end := spec.End()
	if spec.Comment != nil {
		end = spec.Comment.End()
	}
	return lines(start, end), true
}

// blankLine reports whether line l of tf is empty (just its newline).
func blankLine(tf *token.File, l int) bool {
	return l < tf.LineCount() && int(tf.LineStart(l+1))-int(tf.LineStart(l)) == 1
}

// InFile reports whether every edit lies inside one file of fset, within
// its bounds. In a file the parser could not read, the syntax tree may
// hold positions past the file's end (a call whose closing parenthesis
// is missing ends where the parser gave up): a fix edited there is not a
// fix, and drivers reject it.
func InFile(fset *token.FileSet, edits []analysis.TextEdit) bool {
	for _, e := range edits {
		tf := fset.File(e.Pos)
		if tf == nil || e.End < e.Pos || int(e.Pos) < tf.Base() || int(e.End) > tf.Base()+tf.Size() {
			return false
		}
	}
	return true
}

// WholeStyle returns the style in which the whole fields of s are
// written: for a KV style whose calls may hold whole fields (slog's
// key-value pairs, where an slog.Attr is a field of its own), the
// constructor style of the same package that builds that field type
// (slog attributes); s itself for any other style.
func WholeStyle(s *apis.Style) *apis.Style {
	if s == nil || s.Pairing != apis.KV || s.Field.Name == "" {
		return s
	}
	for _, o := range apis.Styles() {
		if o.Pairing == apis.Ctor && o.Pkg == s.Pkg && o.Field == s.Field {
			return o
		}
	}
	return s
}

// AppendFields returns the edit that adds fields (the text of each new
// field) at the end of call, laid out as the call's fields are. When the
// call's last field, whose first argument starts at last, begins a line
// of its own and the closing parenthesis is on a later line (one field
// per line), each new field goes on a line of its own, indented as that
// field and followed by a comma; otherwise the fields follow the last
// argument, separated by commas. ok is false when a comment sits on the
// line of the closing parenthesis, before it: no edit can go in between
// without moving it.
func AppendFields(fset *token.FileSet, file *ast.File, call *ast.CallExpr, last token.Pos, fields []string) (edit analysis.TextEdit, ok bool) {
	if !OnePerLine(fset, call, last) {
		return AppendArgs(call, strings.Join(fields, ", ")), true
	}
	tf := fset.File(call.Pos())
	end := call.Args[len(call.Args)-1].End()
	rline := tf.Line(call.Rparen)
	for _, cg := range file.Comments {
		if cg.Pos() < call.Rparen && cg.End() > end && tf.Line(cg.End()) == rline {
			return analysis.TextEdit{}, false
		}
	}
	indent := Indent(tf.Position(last))
	var b strings.Builder
	for _, f := range fields {
		b.WriteString(indent + f + ",\n")
	}
	start := tf.LineStart(rline)
	return analysis.TextEdit{Pos: start, End: start, NewText: []byte(b.String())}, true
}

// OnePerLine reports whether call lays out its fields one per line:
// its last field, whose first argument starts at last, begins a line
// and the closing parenthesis is on a later line than the last argument.
func OnePerLine(fset *token.FileSet, call *ast.CallExpr, last token.Pos) bool {
	tf := fset.File(call.Pos())
	n := len(call.Args)
	if n == 0 || tf == nil || !call.Rparen.IsValid() || !last.IsValid() || int(call.Rparen) > tf.Base()+tf.Size() {
		return false
	}
	return tf.Line(call.Rparen) > tf.Line(call.Args[n-1].End()) && beginsLine(tf, call, last)
}

// beginsLine reports whether the argument of call that starts at pos
// is the first thing on its line: the argument before it, or the
// opening parenthesis, ends on an earlier line.
func beginsLine(tf *token.File, call *ast.CallExpr, pos token.Pos) bool {
	prev := call.Lparen
	for _, a := range call.Args {
		if a.End() <= pos {
			prev = a.End()
		}
	}
	return prev.IsValid() && tf.Line(prev) < tf.Line(pos)
}
