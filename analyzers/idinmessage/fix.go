package idinmessage

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/effects"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
	"github.com/tracelint/tracelint/analyzers/internal/keys"
	"github.com/tracelint/tracelint/analyzers/internal/phrase"
	"github.com/tracelint/tracelint/analyzers/internal/uses"
)

// suggestedFix returns the fix that makes m's message constant and
// records its values as fields, or nil where that is not safe.
func (c *checker) suggestedFix(m *message, w wording) *analysis.SuggestedFix {
	d := c.destination(m)
	rw, ok := c.fixable(m, d)
	if !ok {
		return nil
	}
	text := rw.text
	call := m.call
	var edits []analysis.TextEdit
	style := m.api.Style
	if d != nil {
		style = d.style
	}
	var q string
	if path, name := fix.Qualifier(style); path != "" {
		var imp []analysis.TextEdit
		q, imp, ok = fix.Import(c.pass, m.file, call.Pos(), path, name)
		if !ok {
			return nil
		}
		edits = append(edits, imp...)
	}
	// A value formatted its own way in an event without fmt at hand
	// (sugar.Infof("open %q", path)) keeps its format through fmt.
	c.fmtq = ""
	for _, p := range m.parts {
		if p.keep != nil && p.keep.fun == nil && c.fmtq == "" {
			var imp []analysis.TextEdit
			if c.fmtq, imp, ok = fix.Import(c.pass, m.file, call.Pos(), "fmt", "fmt"); !ok {
				return nil
			}
			edits = mergeImports(append(edits, imp...))
		}
	}
	nf, ok := c.newFields(m, d, style, q, rw.said)
	if !ok {
		return nil
	}
	if len(nf.fields) > 0 && d.option != nil {
		// The fields travel in a new option of the call:
		// trace.WithAttributes(attribute.String("id", id)).
		oq, imp, ok := fix.Import(c.pass, m.file, call.Pos(), d.option.Pkg, d.option.PkgName)
		if !ok {
			return nil
		}
		edits = mergeImports(append(edits, imp...))
		nf.fields = []string{oq + "." + d.option.Name + "(" + strings.Join(nf.fields, ", ") + ")"}
	}

	var kept []keptText
	sprintf := ""
	for _, p := range m.parts {
		if p.kept != nil {
			kept = append(kept, keptText{src: c.source(p.kept), sep: p.sep, verb: p.keptVerb})
			nf.kept = append(nf.kept, p.kept)
			if sel, ok := ast.Unparen(p.keptFun).(*ast.SelectorExpr); ok && sprintf == "" {
				// fmt.Sprintf, or the Sprintf of the package of
				// the message's fmt.Sprint
				sprintf = c.source(sel.X) + ".Sprintf"
				nf.kept = append(nf.kept, sel.X)
			}
		}
	}
	// The arguments of the call once fixed: with more than one, gofmt
	// writes the + of the message without spaces.
	nargs := len(call.Args) - len(m.args) + 1
	if len(nf.fields) > 0 && (d.call == call || d.rename != nil && d.chain == nil) {
		nargs++
	}
	msg := messageExpr(text, kept, sprintf, nargs > 1)
	first, last := m.args[0], m.args[len(m.args)-1]
	whole := analysis.TextEdit{Pos: first.Pos(), End: last.End(), NewText: []byte(msg)} // the message, rewritten
	switch {
	case len(nf.fields) == 0 && m.api.Printf:
		// No new field, but the format is a message now:
		// sugar.Infof("%s done", step) → sugar.Infow("step done").
		if d == nil || d.rename == nil {
			return nil
		}
		edits = append(edits, whole, fix.Replace(d.rename, d.form))
	case len(nf.fields) == 0:
		edits = append(edits, whole)
	case d.chain != nil:
		add, ok := c.chainEdits(m, d, nf)
		if !ok {
			return nil
		}
		edits = mergeImports(append(append(edits, whole), add...))
	case d.rename != nil:
		// sugar.Info("user ", id) → sugar.Infow("user", "id", id);
		// sugar.Infof("user %s", id) → sugar.Infow("user", "id", id)
		whole.NewText = []byte(msg + ", " + strings.Join(nf.fields, ", "))
		edits = append(edits, whole, fix.Replace(d.rename, d.form))
	case d.after != nil:
		// span.SetName(name), then span.SetAttributes(...) on a line
		// of its own.
		tf := c.pass.Fset.File(d.after.Pos())
		indent := fix.Indent(tf.Position(d.after.Pos()))
		at := tf.LineStart(tf.Line(d.after.End()) + 1)
		stmt := indent + d.recv + "." + d.method + "(" + strings.Join(nf.fields, ", ") + ")\n"
		edits = append(edits, whole, analysis.TextEdit{Pos: at, End: at, NewText: []byte(stmt)})
	case d.call == call && last == call.Args[len(call.Args)-1] && !fix.OnePerLine(c.pass.Fset, call, d.last):
		whole.NewText = []byte(msg + ", " + strings.Join(nf.fields, ", "))
		edits = append(edits, whole)
	default:
		add, ok := fix.AppendFields(c.pass.Fset, m.file, d.call, d.last, nf.fields)
		if !ok {
			return nil
		}
		edits = append(edits, whole, add)
	}

	removed := make([]ast.Node, len(m.args))
	for i, a := range m.args {
		removed[i] = a
	}
	if m.decl != nil {
		e, ok := c.deleteStmt(m)
		if !ok {
			return nil
		}
		edits = append(edits, e)
		removed = []ast.Node{m.decl}
	}
	for _, e := range c.unusedImports(m.file, removed, nf.kept) {
		if c.fmtq != "" && c.deletesImport(m.file, e, "fmt") {
			continue // the new fields format through it
		}
		edits = append(edits, e)
	}
	if !fix.InFile(c.pass.Fset, edits) {
		return nil // a call the parser could not finish
	}
	edits = mergeImports(edits)
	msgText := fixText(nf.names, nf.skipped, w)
	if rw.named != "" {
		msgText += ", and name the " + w.what + " after " + rw.named
	}
	return &analysis.SuggestedFix{Message: msgText, TextEdits: edits}
}

// chainEdits returns the edits that add nf's fields to the chain of
// m's event at d: into the map literal the chain ends in, as one Map
// call of several fields (.WithFields(logrus.Fields{...})), or as one
// field method each, before the event's method.
func (c *checker) chainEdits(m *message, d *dest, nf newFields) ([]analysis.TextEdit, bool) {
	s := d.style
	// The fields go before the event's method; a printf-style one is
	// renamed in the same edit (.Infof → .WithField("id", id).Info).
	at := analysis.TextEdit{Pos: d.chain.Sel.Pos(), End: d.chain.Sel.Pos()}
	rename := func() {}
	if d.rename != nil {
		at.End = d.rename.End()
		rename = func() { at.NewText = append(at.NewText, d.form...) }
	}
	if d.lit != nil {
		e, ok := fix.AppendElts(c.pass.Fset, m.file, d.lit, nf.entries)
		edits := []analysis.TextEdit{e}
		if d.rename != nil {
			edits = append(edits, fix.Replace(d.rename, d.form))
		}
		return edits, ok
	}
	if s.Map != nil && len(nf.entries) > 1 {
		q, imp, ok := fix.Import(c.pass, m.file, m.call.Pos(), s.Map.Type.Pkg, s.PkgName)
		if !ok {
			return nil, false
		}
		at.NewText = []byte(s.Map.Method + "(" + q + "." + s.Map.Type.Name + "{" + strings.Join(nf.entries, ", ") + "}).")
		rename()
		return append(imp, at), true
	}
	at.NewText = []byte(strings.Join(nf.fields, ".") + ".")
	rename()
	return []analysis.TextEdit{at}, true
}

// mergeImports joins the edits that insert text at one position into
// one edit, in order: the imports of a fix's field package, of its
// option package and of fmt may go to the same place, and an edit per
// import would leave their order to the driver (which takes two
// insertions at one place for a conflict).
func mergeImports(edits []analysis.TextEdit) []analysis.TextEdit {
	var out []analysis.TextEdit
	at := make(map[token.Pos]int) // insertion position → index in out
	for _, e := range edits {
		if e.Pos == e.End {
			if i, ok := at[e.Pos]; ok {
				out[i].NewText = append(append([]byte(nil), out[i].NewText...), e.NewText...)
				continue
			}
			at[e.Pos] = len(out)
		}
		out = append(out, e)
	}
	return out
}

// A dest is where a fix writes the new fields of a message: among the
// arguments of a call (the message's own call, or an option call among
// its arguments), or in a statement of its own after the call's.
type dest struct {
	style *apis.Style   // the style the fields are written in
	call  *ast.CallExpr // the call whose arguments the fields join; nil for a statement
	last  token.Pos     // where call's last field begins (see fieldLayout)
	taken []string      // the keys of the fields the call has

	// option, when set, wraps the fields in one new argument of call
	// (trace.WithAttributes(...)).
	option *apis.FuncRef

	// rename is the name of the method of a Sprint-style event, which
	// the fix changes to form, its sibling that takes a message and
	// fields (Info → Infow); the fields follow the message.
	rename *ast.Ident
	form   string

	// after is the statement of the call, after which the fix writes
	// recv.method(fields...) on a line of its own (a span's
	// SetAttributes after its SetName).
	after        ast.Stmt
	recv, method string

	// chain, for a Chain style, is the selector of the event's method:
	// the fields go in the chain before it (log.Info().Int("n",
	// n).Msg(msg)), or, when lit is set, into lit, the map literal of the
	// call that the chain ends in (WithFields(logrus.Fields{...}).Info).
	chain *ast.SelectorExpr
	lit   *ast.CompositeLit
}

// destination returns where the fields of m's call go, or nil when no
// field can join it: the call spreads a slice of fields or options, its
// fields do not pair up to their end, or it takes none and has no
// sibling to take them.
func (c *checker) destination(m *message) *dest {
	call, api := m.call, m.api
	info := c.pass.TypesInfo
	switch {
	case api.Style != nil && api.Style.Pairing == apis.Chain:
		d := c.chainDest(m)
		if d != nil && api.Printf {
			// logrus.WithField("id", id).Infof("user %s", ...) →
			// .Info("user"): the method takes the message as it is.
			if api.FieldsForm == "" {
				return nil
			}
			d.rename, d.form = d.chain.Sel, api.FieldsForm
		}
		return d
	case api.Sprint || api.Printf:
		return c.sprintDest(m)
	case api.Role == apis.Rename:
		return c.renameDest(m)
	case api.Fields < 0 || api.Msg >= api.Fields:
		return nil
	}
	taken, appendable := api.FieldKeys(info, call)
	if !appendable {
		return nil
	}
	style, last := c.fieldLayout(m)
	if api.Style == nil || api.Style.Option == nil {
		return &dest{style: style, call: call, last: last, taken: taken}
	}
	// The fields travel inside an option: the call's last option call
	// that does not spread a slice takes them, or a new one.
	var opt *ast.CallExpr
	for _, a := range api.FieldArgs(call) {
		if o := api.Style.OptionCall(info, a); o != nil && !o.Ellipsis.IsValid() {
			opt = o
		}
	}
	if opt == nil {
		return &dest{style: api.Style, call: call, last: last, taken: taken, option: api.Style.Option}
	}
	last = token.NoPos
	if n := len(opt.Args); n > 0 {
		last = opt.Args[n-1].Pos()
	}
	return &dest{style: api.Style, call: opt, last: last, taken: taken}
}

// sprintDest is the destination of the fields of a Sprint-style or
// printf-style event: the arguments after the message, once the method
// is its FieldsForm.
// The method must be named by a selector (sugar.Info, or the method
// expression (*zap.SugaredLogger).Info), not held in a variable.
func (c *checker) sprintDest(m *message) *dest {
	api := m.api
	form := api.Sibling(api.FieldsForm)
	if form == nil || form.Style == nil || form.Msg != api.Msg || form.Fields != api.Msg+1 {
		return nil
	}
	sel, ok := ast.Unparen(m.call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if _, isFunc := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func); !isFunc {
		return nil // pkg.info, a variable holding the method
	}
	return &dest{style: form.Style, rename: sel.Sel, form: api.FieldsForm}
}

// chainDest is the destination of the fields of an event of a Chain
// style: the chain of calls before its method, which must be named by
// a selector (not held in a variable, not a method expression), on a
// receiver (or package) that has the style's field methods.
func (c *checker) chainDest(m *message) *dest {
	info := c.pass.TypesInfo
	api, style := m.api, m.api.Style
	sel, ok := ast.Unparen(m.call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if _, isFunc := info.Uses[sel.Sel].(*types.Func); !isFunc {
		return nil
	}
	if s, ok := info.Selections[sel]; ok && s.Kind() != types.MethodVal {
		return nil // (*logrus.Entry).Info(e, ...)
	}
	if api.Sibling(style.Ctors[apis.KindAny]) == nil {
		return nil
	}
	links := style.Chain(info, m.call)
	d := &dest{style: style, chain: sel, taken: style.ChainKeys(info, m.call, links)}
	if len(links) > 0 && style.Map != nil && len(links[0].Args) == 1 {
		d.lit = style.MapLit(info, links[0].Args[0])
	}
	return d
}

// renameDest is the destination of the fields of a span rename
// (span.SetName(name)): a call of the span's Record method
// (span.SetAttributes) in a statement of its own, after the rename's.
// The rename must be a statement alone on its line, and its receiver an
// expression without effects (it is evaluated again).
func (c *checker) renameDest(m *message) *dest {
	info := c.pass.TypesInfo
	rec := recordRow(m.api)
	if rec == nil || rec.Style == nil || rec.Fields != 0 {
		return nil
	}
	sel, ok := ast.Unparen(m.call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s, ok := info.Selections[sel]; !ok || s.Kind() != types.MethodVal || !c.pure(sel.X) {
		return nil
	}
	t := info.TypeOf(sel.X)
	if t == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, rec.Name)
	if fn, ok := obj.(*types.Func); !ok || apis.ForFunc(fn) != rec {
		return nil // the receiver has no Record method of the table
	}
	stmtCur := c.cur.Parent()
	stmt, ok := stmtCur.Node().(*ast.ExprStmt)
	if !ok || ast.Unparen(stmt.X) != m.call {
		return nil
	}
	tf := c.pass.Fset.File(stmt.Pos())
	next := nextPos(stmtCur)
	if tf == nil || !next.IsValid() || int(next) > tf.Base()+tf.Size() || tf.Line(next) <= tf.Line(stmt.End()) {
		return nil // more code on the line of the rename
	}
	return &dest{style: rec.Style, after: stmt, recv: c.source(sel.X), method: rec.Name}
}

// nextPos returns the position of the code that follows the statement
// at cur: the next statement, the next clause of a switch or select, or
// the closing brace of the block; NoPos for a statement of any other
// place (a label's, an if's init).
func nextPos(cur inspector.Cursor) token.Pos {
	for c := cur; ; c = c.Parent() {
		if n, ok := c.NextSibling(); ok {
			return n.Node().Pos()
		}
		switch p := c.Parent().Node().(type) {
		case *ast.BlockStmt:
			return p.Rbrace
		case *ast.CaseClause, *ast.CommClause:
			continue
		}
		return token.NoPos
	}
}

// A rewritten message: its constant text, what it said of each of its
// values (for their keys), and, when no word of the message was left,
// the function after which the new text names the event.
type rewritten struct {
	text  string
	said  []keys.Message
	named string
}

// fixable reports whether the fields of m can go to d (nil: nowhere)
// and its values can move out of the message without changing what
// runs, and returns the message rewritten (see package phrase).
func (c *checker) fixable(m *message, d *dest) (rw rewritten, ok bool) {
	if m.noFix {
		return rw, false
	}
	call, api := m.call, m.api
	needsField := false // a value that the call does not record yet
	for _, p := range m.parts {
		if _, rec := c.recordedAs(m, p); p.value != nil && !rec {
			needsField = true
		}
	}
	if needsField && d == nil {
		return rw, false
	}
	for _, p := range m.parts {
		if strings.ContainsFunc(p.text, func(r rune) bool { return r >= keptMark && r <= keptMark+0x18FF }) {
			return rw, false // private-use characters of its own: the placeholders of kept text would be ambiguous
		}
	}
	res := phrase.Rewrite(pieces(m.parts), c.phraseValues(m))
	if res.Reason != "" {
		return rw, false
	}
	rw.text = res.Text
	k := 0
	for _, p := range m.parts {
		if p.kept != nil {
			if strings.Count(rw.text, string(keptMark+rune(k))) != 1 {
				return rw, false // the rewrite dropped (or doubled) kept text, which may run code
			}
			k++
		}
	}
	for i := range res.Hints {
		rw.said = append(rw.said, keys.Message{Hint: res.Hints[i], Label: res.Labels[i], Unit: res.Units[i]})
	}
	if !hasWord(rw.text) {
		// Nothing of the message is left (slog.Error(err.Error())):
		// name the event after the function it happens in.
		rw.text, rw.named = c.eventName(m)
		if rw.text == "" {
			return rw, false
		}
	}

	// Evaluation order: the values move from the message to the end of
	// the call (and, for a local, from its declaration into the call;
	// for a rename, into the statement after it). That is safe only for
	// values without side effects, or when nothing with effects of its
	// own is evaluated in between. A Sprint-style event's values keep
	// their order.
	pure, effects := true, false
	for _, p := range m.parts {
		switch {
		case p.value != nil && !c.pure(p.value):
			pure, effects = false, true
		case p.variant && p.kept != nil && !c.pure(p.kept):
			// Kept in the message (a kind name, in.GetKind()): it
			// runs before the values now, so none with effects may
			// have run before it; and it moves as the message does.
			pure = false
			if effects {
				return rw, false
			}
		}
	}
	// From a declaration right before the call, the values move past
	// only the call's function and leading arguments: where those have
	// no effects and read no package variable, even values with effects
	// keep their order. A copy (m.copied) evaluates the values twice.
	moved := m.copied || d != nil && d.after != nil
	if m.decl != nil {
		moved = moved || !c.stable(call.Fun)
		for _, a := range call.Args[:api.Msg] {
			if !c.stable(a) {
				moved = true
			}
		}
	}
	switch {
	case d != nil && d.chain != nil:
		// Into the chain before the call: ahead of the call's other
		// arguments (logrus's Log(level, ...)).
		for _, a := range call.Args {
			if !slices.Contains(m.args, a) && !c.pure(a) {
				moved = true
			}
		}
	case !api.Sprint && !api.Printf && len(call.Args) > api.Fields:
		// To the end of the call: past its other fields, which must
		// then only read values a call of the message cannot change
		// (no effects of their own, no package variable), so that the
		// effects keep their order and the fields their values.
		last := m.args[len(m.args)-1]
		for _, a := range call.Args {
			if a.Pos() > last.End() && !c.stable(a) {
				moved = true
			}
		}
	}
	if !pure && moved {
		return rw, false
	}
	if m.decl != nil || m.copied {
		// The values now run after the call's function and leading
		// arguments: those must not have effects, but for the links
		// of a chain (log.Error().Err(err).Msg(msg)), the logger's own
		// calls, which change nothing a value reads.
		if !c.pure(call.Fun) && (d == nil || d.chain == nil || !c.chainLinks(call.Fun)) {
			return rw, false
		}
		for _, a := range call.Args[:api.Msg] {
			if !c.pure(a) {
				return rw, false
			}
		}
	}
	return rw, true
}

// phraseValues describes m's values to the rewrite: which are numbers,
// and the names of those whose expressions name them.
func (c *checker) phraseValues(m *message) []phrase.Value {
	info := c.pass.TypesInfo
	var vs []phrase.Value
	for _, p := range m.parts {
		if p.value == nil && !p.hole {
			continue
		}
		var v phrase.Value
		if p.value != nil {
			t := info.TypeOf(p.field)
			if b, ok := types.Unalias(t).(*types.Basic); ok && b.Info()&(types.IsInteger|types.IsFloat) != 0 {
				v.Number = true
			}
			if w := keys.ExprWords(info, keyExpr(p)); !keys.Weak(w) {
				if n := len(w); n > 1 && (w[n-1] == "id" || w[n-1] == "name") {
					w = w[:n-1] // s.ID → "session" as a subject
				}
				v.Name = w
			}
		}
		vs = append(vs, v)
	}
	return vs
}

// eventName returns a message for an event whose message was nothing
// but its values, when one of the values, or a field of the call, is an
// error: named after the call that returned the error, when the event
// is in the if statement that checks it ("listen and serve failed" for
// if err := srv.ListenAndServe(); err != nil), else after the function
// the call is in ("handle request failed" in handleRequest, not main or
// init). It returns "" when there is no such name; by says what named it.
func (c *checker) eventName(m *message) (text, by string) {
	info := c.pass.TypesInfo
	var errVar *types.Var // the error the message held, if a variable
	isErr := false
	for _, p := range m.parts {
		if p.value != nil && apis.IsError(info.TypeOf(p.field)) {
			isErr = true
			if id, ok := ast.Unparen(p.field).(*ast.Ident); ok {
				errVar, _ = info.Uses[id].(*types.Var)
			}
		}
	}
	for _, a := range m.call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok && apis.IsError(info.TypeOf(e)) {
				isErr = true // logger.Debug(fmt.Sprint(peers), "err", err), logging.Error(err)
			}
			return !isErr
		})
	}
	if !isErr {
		return "", ""
	}
	if errVar != nil {
		if name := c.errSource(errVar); name != "" {
			return strings.Join(keys.Words(name), " ") + " failed", name
		}
	}
	var decl *ast.FuncDecl
	for e := range c.cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl = e.Node().(*ast.FuncDecl)
		break
	}
	if decl == nil || decl.Recv == nil && (decl.Name.Name == "main" || decl.Name.Name == "init") {
		return "", ""
	}
	words := keys.Words(decl.Name.Name)
	if len(words) == 0 || decl.Name.Name == "_" {
		return "", ""
	}
	return strings.Join(words, " ") + " failed", decl.Name.Name
}

// errSource returns the name of the function or method whose call set
// v, the error of the if statement around the call being checked: in
// its init (if err := f(); err != nil) or in the statement right
// before it (x, err := f(); if err != nil). "" if there is none.
func (c *checker) errSource(v *types.Var) string {
	info := c.pass.TypesInfo
	for ic := range c.cur.Enclosing((*ast.IfStmt)(nil)) {
		ifs := ic.Node().(*ast.IfStmt)
		if !mentions(info, ifs.Cond, v) {
			return ""
		}
		assign, _ := ifs.Init.(*ast.AssignStmt)
		if assign == nil {
			if prev, ok := ic.PrevSibling(); ok {
				assign, _ = prev.Node().(*ast.AssignStmt)
			}
		}
		if assign == nil || len(assign.Rhs) != 1 || !isOneOf(info, assign.Lhs, v) {
			return ""
		}
		call, ok := ast.Unparen(assign.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return ""
		}
		if fn := calleeFunc(info, call); fn != nil && fn.Name() != "_" {
			return fn.Name()
		}
		return ""
	}
	return ""
}

// mentions reports whether e uses v.
func mentions(info *types.Info, e ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && (info.Uses[id] == v || info.Defs[id] == v) {
			found = true
		}
		return !found
	})
	return found
}

// isOneOf reports whether one of the expressions es is v itself.
func isOneOf(info *types.Info, es []ast.Expr, v *types.Var) bool {
	for _, e := range es {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && (info.Uses[id] == v || info.Defs[id] == v) {
			return true
		}
	}
	return false
}

// recovered reports whether id is a local variable that only ever holds
// the value of recover().
func (c *checker) recovered(id *ast.Ident) bool {
	as := c.localAssigns(id, func(types.Type) bool { return true })
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
		if a.unknown || a.zero || !ok {
			return false
		}
		fn, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if b, isB := c.pass.TypesInfo.Uses[fn].(*types.Builtin); !ok || !isB || b.Name() != "recover" {
			return false
		}
	}
	return true
}

// newFields is what a fix adds to the call: the text of each field,
// the values it records (for the fix's message), the values the call
// records already, and the code the fields keep.
type newFields struct {
	fields, names, skipped []string
	kept                   []ast.Node
	// entries are the same fields as entries of a map literal, for a
	// Chain style with a Map ("id": id).
	entries []string
}

// newFields writes one field, in style qualified by q, for each value
// of m that the call does not record yet, with a key that none of the
// fields at d has. ok is false when a
// value cannot become a field: it renders badly, or the library has no
// constructor for it.
func (c *checker) newFields(m *message, d *dest, style *apis.Style, q string, said []keys.Message) (nf newFields, ok bool) {
	info := c.pass.TypesInfo
	var taken []string
	if d != nil {
		taken = slices.Clip(d.taken)
	}
	namer := c.survey.Namer(c.keyCase, m.file, append(taken, recordedKeys(m.recorded)...)...)
	seen := make(map[string]bool)
	j := -1 // the index of p among the values
	for _, p := range m.parts {
		if p.value == nil {
			continue
		}
		j++
		var value string
		var t types.Type
		if p.keep != nil {
			value = c.keepFun(p.keep) + "(" + p.keep.args(c.source(p.value)) + ")"
			t = types.Typ[types.String]
		} else {
			value = c.source(p.field)
			t = info.TypeOf(p.field)
		}
		if _, rec := c.recordedAs(m, p); rec || seen[value] && c.pure(p.value) {
			// "%d/%d", n, n: one field; ("user "+id, "id", id): none.
			if rec && !seen[value] {
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
		if p.keep != nil && p.keep.fun != nil {
			nf.kept = append(nf.kept, p.keep.fun, p.value)
		} else if p.keep != nil {
			nf.kept = append(nf.kept, p.value)
		} else {
			nf.kept = append(nf.kept, p.field)
		}
		var ms keys.Message
		if j < len(said) {
			ms = said[j]
		}
		if call, ok := ast.Unparen(keyExpr(p)).(*ast.CallExpr); ok && len(ms.Hint) > 0 {
			if a := apis.Lookup(info, call); a != nil && a.Role == apis.Value {
				// klog.KRef(ns, name) in "Failed to get Pod %s": the
				// message names the object, its arguments do not.
				ms.Label = true
			}
		}
		if id, ok := ast.Unparen(p.field).(*ast.Ident); ok && c.recovered(id) {
			// if p := recover(); p != nil { log(fmt.Sprint(p)) }: the
			// value is a panic's, whatever the message's words.
			ms = keys.Message{Hint: []string{"panic"}, Label: true}
		}
		key, ok := namer.Pick(info, keyExpr(p), ms)
		if !ok {
			return nf, false // neither the expression nor the message names the value
		}
		field, ok := fix.Field(style, q, key, value, t)
		if !ok {
			return nf, false // the library has no way to write the value
		}
		nf.fields = append(nf.fields, field)
		nf.entries = append(nf.entries, fix.MapEntry(key, value))
		nf.names = append(nf.names, shorten(c.source(p.field)))
	}
	return nf, true
}

// fieldLayout returns the style in which new fields join m's call, and
// the position where the call's last field begins (its key, in a KV
// list), or of its last argument when it has no field. A KV call whose
// fields are all whole fields (slog.Info(msg, slog.String(...), ...))
// takes whole fields too, not key-value pairs.
func (c *checker) fieldLayout(m *message) (*apis.Style, token.Pos) {
	call, api := m.call, m.api
	last := token.NoPos
	if n := len(call.Args); n > 0 {
		last = call.Args[n-1].Pos()
	}
	style := api.Style
	if style == nil || style.Pairing != apis.KV {
		return style, last
	}
	ps, complete := api.Pairs(c.pass.TypesInfo, call)
	if len(ps) == 0 {
		return style, last
	}
	if p := ps[len(ps)-1]; p.Key != nil {
		last = p.Key.Pos()
	}
	for _, p := range ps {
		if p.Field == nil {
			return style, last
		}
	}
	if complete {
		style = fix.WholeStyle(style)
	}
	return style, last
}

// args is the argument list of the call that keeps a value's format.
// keepFun returns the function that formats a kept value: the
// message's own fmt.Sprintf (or Sprint), or fmt's, imported as c.fmtq.
func (c *checker) keepFun(k *keepFormat) string {
	if k.fun != nil {
		return c.source(k.fun)
	}
	if k.verb == "" {
		return c.fmtq + ".Sprint"
	}
	return c.fmtq + ".Sprintf"
}

func (k *keepFormat) args(value string) string {
	if k.verb == "" {
		return value // fmt.Sprint(b)
	}
	return strconv.Quote(k.verb) + ", " + value
}

// keyExpr is the expression a field's key is named after.
func keyExpr(p part) ast.Expr {
	if p.keep != nil {
		return p.value
	}
	return p.field
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
func (c *checker) unusedImports(file *ast.File, removed, kept []ast.Node) []analysis.TextEdit {
	info := c.pass.TypesInfo
	inFile := c.imports[file]
	if inFile == nil {
		inFile = uses.Count(info, file)
		c.imports[file] = inFile
	}
	dropped := make(map[types.Object]bool)
	for _, obj := range uses.Dropped(info, inFile, removed, kept) {
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

// deletesImport reports whether e deletes the import of path from file.
func (c *checker) deletesImport(file *ast.File, e analysis.TextEdit, path string) bool {
	for _, spec := range file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == path && e.Pos <= spec.Pos() && spec.End() <= e.End {
			return true
		}
	}
	return false
}

// source returns the text of n as gofmt prints it.
func (c *checker) source(n ast.Node) string { return fix.Source(c.pass.Fset, n) }

// chainLinks reports whether every call in fun, the function of an
// event of a chain, is the logger's own: a call whose result is of the
// package of the event's method (zerolog's *Event from log.Error(),
// Err(err)), with arguments that have no effects.
func (c *checker) chainLinks(fun ast.Expr) bool {
	info := c.pass.TypesInfo
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, _ := info.Uses[sel.Sel].(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	ok = true
	ast.Inspect(sel.X, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if !isCall || !ok {
			return ok
		}
		for _, a := range call.Args {
			if !c.pure(a) {
				ok = false
			}
		}
		if t := info.TypeOf(call); t == nil || !fromPkg(t, fn.Pkg()) {
			ok = false
		}
		return ok
	})
	return ok
}

// fromPkg reports whether t, or what it points to, is a named type of
// pkg.
func fromPkg(t types.Type, pkg *types.Package) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg
}

// stable reports whether e has no effects and reads no package-level
// variable: a call elsewhere in the statement cannot change its value
// (short of writing through a pointer it was handed).
func (c *checker) stable(e ast.Expr) bool {
	if !c.pure(e) {
		return false
	}
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID {
			if v, isVar := c.pass.TypesInfo.Uses[id].(*types.Var); isVar && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// pure reports whether evaluating e has no effect beyond its value.
func (c *checker) pure(e ast.Node) bool { return effects.None(c.pass.TypesInfo, e) }
