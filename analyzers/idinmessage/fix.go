package idinmessage

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/effects"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
	"github.com/tracelint/tracelint/analyzers/internal/keys"
	"github.com/tracelint/tracelint/analyzers/internal/uses"
)

// suggestedFix returns the fix that makes m's message constant and
// records its values as fields, or nil where that is not safe.
func (c *checker) suggestedFix(m *message) *analysis.SuggestedFix {
	text, ok := c.fixable(m)
	if !ok {
		return nil
	}
	call := m.call
	var edits []analysis.TextEdit
	var q string
	if path, name := fix.Qualifier(m.api.Style); path != "" {
		var imp []analysis.TextEdit
		q, imp, ok = fix.Import(c.pass, m.file, call.Pos(), path, name)
		if !ok {
			return nil
		}
		edits = append(edits, imp...)
	}
	nf, ok := c.newFields(m, q)
	if !ok {
		return nil
	}

	msg := strconv.Quote(text)
	switch {
	case len(nf.fields) == 0:
		edits = append(edits, fix.Replace(m.arg, msg))
	case m.arg == call.Args[len(call.Args)-1]:
		edits = append(edits, fix.Replace(m.arg, msg+", "+strings.Join(nf.fields, ", ")))
	default:
		edits = append(edits, fix.Replace(m.arg, msg), fix.AppendArgs(call, strings.Join(nf.fields, ", ")))
	}

	removed := ast.Node(m.arg)
	if m.decl != nil {
		e, ok := c.deleteStmt(m)
		if !ok {
			return nil
		}
		edits = append(edits, e)
		removed = m.decl
	}
	edits = append(edits, c.unusedImports(m.file, removed, nf.kept)...)
	if !fix.InFile(c.pass.Fset, edits) {
		return nil // a call the parser could not finish
	}
	return &analysis.SuggestedFix{Message: fixText(nf.names, nf.skipped), TextEdits: edits}
}

// fixable reports whether m's call can take new fields and its values
// can move out of the message without changing what runs, and returns
// the constant text that the message becomes.
func (c *checker) fixable(m *message) (text string, ok bool) {
	if m.noFix {
		return "", false
	}
	call, api := m.call, m.api
	if _, appendable := api.FieldKeys(c.pass.TypesInfo, call); !appendable || api.Msg >= api.Fields {
		return "", false
	}
	ps := pieces(m.parts)
	text = rewrite(ps)
	if !hasWord(text) {
		return "", false // nothing of the message would be left
	}
	if dangling(ps) != "" {
		return "", false // "retry every %v" → "retry every": a broken sentence
	}

	// Evaluation order: the values move from the message to the end of
	// the call (and, for a local, from its declaration into the call).
	// That is safe only for values without side effects, or when
	// nothing with effects of its own is evaluated in between.
	pure := true
	for _, p := range m.parts {
		if p.value != nil && !c.pure(p.value) {
			pure = false
		}
	}
	if !pure && (m.decl != nil || len(call.Args) > api.Fields) {
		return "", false
	}
	if m.decl != nil {
		if !c.pure(call.Fun) {
			return "", false
		}
		for _, a := range call.Args[:api.Msg] {
			if !c.pure(a) {
				return "", false
			}
		}
	}
	return text, true
}

// newFields is what a fix adds to the call: the text of each field,
// the values it records (for the fix's message), the values the call
// records already, and the code the fields keep.
type newFields struct {
	fields, names, skipped []string
	kept                   []ast.Node
}

// newFields writes one field, in the call's style qualified by q, for
// each value of m that the call does not record yet. ok is false when a
// value cannot become a field: it renders badly, or the library has no
// constructor for it.
func (c *checker) newFields(m *message, q string) (nf newFields, ok bool) {
	info := c.pass.TypesInfo
	taken, _ := m.api.FieldKeys(info, m.call)
	namer := keys.NewNamer(c.keyCase, append(taken, c.chainKeys(m.call)...)...)
	recorded := c.recordedValues(m.call)
	seen := make(map[string]bool)
	for _, p := range m.parts {
		if p.value == nil {
			continue
		}
		var value string
		var t types.Type
		if p.keep != nil {
			value = c.source(p.keep.fun) + "(" + p.keep.args(c.source(p.value)) + ")"
			t = types.Typ[types.String]
		} else {
			value = c.source(p.field)
			t = info.TypeOf(p.field)
		}
		if (seen[value] || recorded[value]) && c.pure(p.value) {
			// "%d/%d", n, n: one field; ("user "+id, "id", id): none.
			if recorded[value] && !seen[value] {
				nf.skipped = append(nf.skipped, shorten(c.source(p.field)))
			}
			seen[value] = true
			continue
		}
		seen[value] = true
		if p.keep == nil && c.classifier.Classify(p.field) != nil {
			// A context, a func, a []byte payload...: as a field it
			// would draw unloggable's diagnostic, as a formatted string
			// it would stay as useless as in the message.
			return nf, false
		}
		var key string
		if p.keep != nil {
			nf.kept = append(nf.kept, p.keep.fun, p.value)
			if p.keep.typeVerb {
				key = namer.Unique(append(nonEmpty(keys.ExprWords(info, p.value)), "type"))
			}
		} else {
			nf.kept = append(nf.kept, p.field)
		}
		if key == "" {
			key = namer.Key(info, keyExpr(p), "value")
		}
		field, ok := fix.Field(m.api.Style, q, key, value, t)
		if !ok {
			return nf, false // the library has no way to write the value
		}
		nf.fields = append(nf.fields, field)
		nf.names = append(nf.names, shorten(c.source(p.field)))
	}
	return nf, true
}

// args is the argument list of the call that keeps a value's format.
func (k *keepFormat) args(value string) string {
	if k.verb == "" {
		return value // fmt.Sprint(b)
	}
	return strconv.Quote(k.verb) + ", " + value
}

// recordedValues returns the source text of the values that call
// already records in its fields, or through the With calls of its
// receiver chain: a value formatted into the message that is one of
// them needs no new field.
func (c *checker) recordedValues(call *ast.CallExpr) map[string]bool {
	info := c.pass.TypesInfo
	values := make(map[string]bool)
	add := func(args []ast.Expr) {
		for _, arg := range args {
			if ctor, ok := ast.Unparen(arg).(*ast.CallExpr); ok {
				if a := apis.Lookup(info, ctor); a != nil && a.Role == apis.FieldCtor {
					if v := apis.Arg(ctor, a.Value); v != nil {
						values[c.source(v)] = true
					}
					continue
				}
			}
			if info.Types[arg].Value == nil {
				values[c.source(arg)] = true // a slog value (keys are constants)
			}
		}
	}
	for e := ast.Expr(call); ; {
		ce, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			break
		}
		if a := apis.Lookup(info, ce); a != nil && (a.Role == apis.With || ce == call) {
			add(a.FieldArgs(ce))
		}
		sel, ok := ast.Unparen(ce.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		e = sel.X
	}
	return values
}

// keyExpr is the expression a field's key is named after.
func keyExpr(p part) ast.Expr {
	if p.keep != nil {
		return p.value
	}
	return p.field
}

func nonEmpty(words []string) []string {
	if len(words) == 0 {
		return []string{"value"}
	}
	return words
}

// chainKeys returns the keys that the receiver chain of call adds to
// its events: logger.With("user_id", id).Info(...) has user_id.
func (c *checker) chainKeys(call *ast.CallExpr) []string {
	var ks []string
	for {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return ks
		}
		recv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return ks
		}
		if a := apis.Lookup(c.pass.TypesInfo, recv); a != nil && a.Role == apis.With {
			k, _ := a.FieldKeys(c.pass.TypesInfo, recv)
			ks = append(ks, k...)
		}
		call = recv
	}
}

// deleteStmt returns the edit that deletes the declaration of m's local
// message, up to the statement of the call. It fails when a comment
// lies in between: deleting it silently would lose it.
func (c *checker) deleteStmt(m *message) (analysis.TextEdit, bool) {
	for _, cg := range m.file.Comments {
		if cg.End() > m.decl.Pos() && cg.Pos() < m.next.Pos() {
			return analysis.TextEdit{}, false
		}
	}
	return analysis.TextEdit{Pos: m.decl.Pos(), End: m.next.Pos()}, true
}

// unusedImports returns the edits deleting the imports whose last use
// in file lies in removed (outside the code the fix keeps).
func (c *checker) unusedImports(file *ast.File, removed ast.Node, kept []ast.Node) []analysis.TextEdit {
	info := c.pass.TypesInfo
	inFile := c.imports[file]
	if inFile == nil {
		inFile = uses.Count(info, file)
		c.imports[file] = inFile
	}
	dropped := make(map[types.Object]bool)
	for _, obj := range uses.Dropped(info, inFile, []ast.Node{removed}, kept) {
		dropped[obj] = true
	}
	var edits []analysis.TextEdit
	for _, spec := range file.Imports {
		if pn := fix.PkgName(info, spec); pn != nil && dropped[pn] {
			if e, ok := fix.DeleteImport(c.pass.Fset, file, spec); ok {
				edits = append(edits, e)
			}
		}
	}
	return edits
}

// source returns the text of n as gofmt prints it.
func (c *checker) source(n ast.Node) string { return fix.Source(c.pass.Fset, n) }

// pure reports whether evaluating e has no effect beyond its value.
func (c *checker) pure(e ast.Node) bool { return effects.None(c.pass.TypesInfo, e) }
