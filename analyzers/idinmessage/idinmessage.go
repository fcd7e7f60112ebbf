// Package idinmessage defines an Analyzer that reports log messages and
// span names built at run time from values that belong in fields.
package idinmessage

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/keys"
	"github.com/tracelint/tracelint/analyzers/internal/loggable"
)

//go:embed doc.go
var doc string

// Analyzer reports messages and span names built from values.
var Analyzer = &analysis.Analyzer{
	Name:     "idinmessage",
	Doc:      analysisutil.MustExtractDoc(doc, "idinmessage"),
	URL:      "https://pkg.go.dev/github.com/tracelint/tracelint/analyzers/idinmessage",
	Requires: []*analysis.Analyzer{analysisutil.Inspect, analysisutil.Calls},
	Run:      run,

	// Editors run it on code being typed: a report needs only the call
	// and the values of its message to resolve, whatever their types;
	// code the parser could not read is not reported (testdata/src/broken).
	RunDespiteErrors: true,
}

// keyCase is the -idinmessage.keycase flag.
var keyCase keys.Case

// printf is the -idinmessage.printf flag.
var printf = true

func init() {
	Analyzer.Flags.Var(&keyCase, "keycase", "naming convention of the keys of new fields: snake, camel, kebab or pascal (default: that of the keys around them, else snake)")
	Analyzer.Flags.BoolVar(&printf, "printf", true, "report printf-style events of structured loggers (sugar.Infof, zerolog's Msgf, logrus's Infof, klog.Infof) that format values into the message")
}

func run(pass *analysis.Pass) (any, error) {
	calls := pass.ResultOf[analysisutil.Calls].(*apis.Calls)
	if calls != nil {
		// The declarations of wrappers that do not fit (see package
		// wrappers): idinmessage is the analyzer that reports them,
		// and a package where a -wrappers declaration misfits has a
		// call of the function it names.
		for _, p := range calls.Problems {
			pass.Report(analysis.Diagnostic{Pos: p.Pos, Category: "declaration", Message: p.Message})
		}
	}
	in := pass.ResultOf[analysisutil.Inspect].(*inspector.Inspector)
	if in == nil {
		return nil, nil // no call of a known API, no go statement (analysisutil.Inspect)
	}
	c := &checker{
		pass:    pass,
		calls:   calls,
		keyCase: keyCase,
		survey:  keys.NewSurvey(pass.TypesInfo, pass.Files),
		funcs:   make(map[ast.Node]*funcInfo),

		combiners:    make(map[*types.Func]bool),
		fixedMethods: make(map[*types.Func]bool),
		imports:      make(map[*ast.File]map[types.Object]int),

		classifier: loggable.Classifier{Info: pass.TypesInfo},
	}
	for fileCur := range in.Root().Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok || ast.IsGenerated(file) {
			continue
		}
		for cur := range fileCur.Preorder((*ast.CallExpr)(nil)) {
			c.checkCall(file, cur)
		}
	}
	return nil, nil
}

// A checker holds what one pass has learned so far.
type checker struct {
	pass    *analysis.Pass
	calls   *apis.Calls
	keyCase keys.Case
	survey  *keys.Survey                       // the case of the package's keys, for Auto
	funcs   map[ast.Node]*funcInfo             // by *ast.FuncDecl or *ast.FuncLit
	imports map[*ast.File]map[types.Object]int // uses of each object, by file (for imports)
	cur     inspector.Cursor                   // the call being checked

	// combiners caches which functions of the package only combine
	// their constant arguments (see combiner); decls finds them.
	combiners map[*types.Func]bool
	decls     map[*types.Func]*ast.FuncDecl
	calledBy  map[*types.Func][]*ast.CallExpr // the calls of each function, for nameParam

	// fixedGlobals holds the package-level variables that the package
	// never changes after their constant initialisation (see
	// constGlobal), computed on first use.
	fixedGlobals map[*types.Var]bool
	fixedFields  map[*types.Var]map[string]bool // by field name
	fixedMethods map[*types.Func]bool           // interface methods, see kindName

	// fmtq is how the file of the fix being written names package fmt,
	// when the fix formats a value through it (see keepFun).
	fmtq string

	// classifier tells the values that a fix must not turn into
	// fields: they render badly (unloggable reports them).
	classifier loggable.Classifier
}

// checkCall reports the call at cur if it is an event, a span start or
// a span rename whose message (or span name) is built from values.
func (c *checker) checkCall(file *ast.File, cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	api := c.calls.Lookup(call).ForCall(c.pass.TypesInfo, call) // go-kit: the message is the value after "msg"
	if api == nil || api.Role != apis.Event && api.Role != apis.SpanStart && api.Role != apis.Rename {
		return
	}
	args := messageArgs(call, api)
	if len(args) == 0 {
		return
	}
	constant := true
	for _, a := range args {
		tv, ok := c.pass.TypesInfo.Types[a]
		if !ok || tv.Type == nil {
			return // no type information
		}
		constant = constant && tv.Value != nil
	}
	if constant {
		return
	}
	c.cur = cur
	var m *message
	if api.Printf {
		if !printf {
			return
		}
		m = c.printfMessage(cur, call, args)
	} else if len(args) == 1 {
		m = c.message(cur, args[0])
	} else {
		m = c.sprintMessage(args)
	}
	if m == nil || unparsed(m) || c.console(cur) {
		return
	}
	m.call, m.api, m.args, m.file = call, api, args, file
	m.recorded = c.recorded(cur, call, api)

	w := c.wordingOf(api)
	fresh, rec := c.names(m)
	first, last := args[0], args[len(args)-1]
	d := analysis.Diagnostic{
		Pos:     first.Pos(),
		End:     last.End(),
		Message: diagnosticText(fresh, rec, w),
	}
	for _, r := range rec {
		if r.field.outside {
			d.Related = append(d.Related, analysis.RelatedInformation{
				Pos:     r.field.value.Pos(),
				End:     r.field.value.End(),
				Message: r.name + " is recorded as " + keyName(r.field.key) + " here",
			})
		}
	}
	if m.local != nil {
		builds := m.builds
		if len(builds) == 0 {
			builds = []ast.Expr{m.source}
		}
		for _, b := range builds {
			d.Related = append(d.Related, analysis.RelatedInformation{
				Pos:     b.Pos(),
				End:     b.End(),
				Message: "the " + w.what + " is built here",
			})
		}
	}
	if f := c.suggestedFix(m, w); f != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*f}
	}
	c.pass.Report(d)
}

// messageArgs returns the arguments that make the message of call, a
// call of api: its message argument, or, for a Sprint-style event
// (sugar.Info("user ", id)) or a printf-style one (sugar.Infof("user
// %s", id)), every argument from the message on. It returns nil for a
// Sprint-style event that spreads a slice (sugar.Info(args...)): a
// wrapper passing its caller's message on.
func messageArgs(call *ast.CallExpr, api *apis.API) []ast.Expr {
	if api.Printf && api.Msg >= 0 && api.Msg < len(call.Args) {
		return call.Args[api.Msg:]
	}
	if !api.Sprint {
		if arg := apis.Arg(call, api.Msg); arg != nil {
			return []ast.Expr{arg}
		}
		return nil
	}
	if call.Ellipsis.IsValid() || api.Msg < 0 || api.Msg >= len(call.Args) {
		return nil
	}
	return call.Args[api.Msg:]
}

// A wording is how diagnostics and fixes name the text they rewrite
// (the message, the span name, the span event name) and what the
// library calls a field (a field, an attribute).
type wording struct {
	what, noun string
	// class is what a name stands for, for span and span event names:
	// a value in one makes one class per value.
	class string
}

// wordingOf returns the wording for a call of api.
func (c *checker) wordingOf(api *apis.API) wording {
	w := wording{what: "message", noun: fieldStyle(api).FieldNoun()}
	switch {
	case api.Role == apis.SpanStart || api.Role == apis.Rename:
		w.what, w.class = "span name", "span"
	case onSpan(api):
		w.what, w.class = "span event name", "event"
	}
	return w
}

// fieldStyle returns the style in which api's call records fields: its
// own, or, for a call that takes none, that of the sibling where its
// fields go (the Record method of a span that a Rename renames, the
// FieldsForm of a Sprint-style or printf-style event).
func fieldStyle(api *apis.API) *apis.Style {
	switch {
	case api.Style != nil && !api.Sprint && !api.Printf:
		return api.Style
	case api.Sprint || api.Printf:
		if s := api.Sibling(api.FieldsForm); s != nil {
			return s.Style
		}
	case api.Role == apis.Rename:
		if r := recordRow(api); r != nil {
			return r.Style
		}
	}
	return api.Style
}

// recordRow returns the Record row of the type whose method api is (a
// span's SetAttributes beside its SetName), or nil.
func recordRow(api *apis.API) *apis.API {
	if api.Recv == "" {
		return nil
	}
	for _, r := range apis.Rows() {
		if r.Role == apis.Record && r.Pkg == api.Pkg && r.Recv == api.Recv {
			return r
		}
	}
	return nil
}

// onSpan reports whether api is a method of a span type: a type that
// has a SpanEnd row (an event on a span is a span event).
func onSpan(api *apis.API) bool {
	if api.Recv == "" {
		return false
	}
	for _, r := range apis.Rows() {
		if r.Role == apis.SpanEnd && r.Pkg == api.Pkg && r.Recv == api.Recv {
			return true
		}
	}
	return false
}

// unparsed reports whether a value of m holds code the parser could not
// read, in a file being typed: the diagnostic would name it "BadExpr"
// and the fix would write that into the code.
func unparsed(m *message) bool {
	bad := false
	for _, p := range m.parts {
		for _, e := range []ast.Expr{p.value, p.field} {
			if e != nil {
				ast.Inspect(e, func(n ast.Node) bool {
					_, isBad := n.(*ast.BadExpr)
					bad = bad || isBad
					return !bad
				})
			}
		}
	}
	return bad
}

// A recName is a value of a message that its call records already.
type recName struct {
	name  string
	field recField
}

// names returns the source text of the values a message formats, once
// each, in order: those its call does not record yet, and those it
// records already (with the field that records them).
func (c *checker) names(m *message) (fresh []string, rec []recName) {
	seen := make(map[string]bool)
	for _, p := range m.parts {
		if p.value == nil {
			continue
		}
		name := shorten(c.source(p.field))
		if seen[name] {
			continue
		}
		seen[name] = true
		if f, ok := c.recordedAs(m, p); ok {
			rec = append(rec, recName{name, f})
		} else {
			fresh = append(fresh, name)
		}
	}
	return fresh, rec
}

// shorten cuts a long or multi-line expression for a diagnostic.
func shorten(s string) string {
	cut := false
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s, cut = s[:i], true
	}
	if r := []rune(s); len(r) > 40 {
		s, cut = string(r[:37]), true
	}
	if cut {
		s += "..."
	}
	return s
}

// diagnosticText says which values are formatted into the message, and
// which of them the call records already (rec).
func diagnosticText(names []string, rec []recName, w wording) string {
	what := w.what
	if len(rec) > 0 && len(names) == 0 {
		if len(rec) == 1 {
			return recordedText(rec) + "; remove it from the " + what + " so that the " + what + " is constant"
		}
		return recordedText(rec) + "; remove them from the " + what + " so that the " + what + " is constant"
	}
	cost, benefit := "", "so it can be queried"
	if len(names) != 1 {
		benefit = "so they can be queried"
	}
	if w.class != "" {
		// A name stands for a class of spans (or events): the
		// OpenTelemetry specification asks for the most general name
		// that identifies one.
		cost, benefit = ", making one "+w.class+" class per value", "so the name identifies the class"
	}
	var text string
	switch len(names) {
	case 0:
		text = "the " + what + " is built at run time" + cost + "; record its values as " + plural(w.noun) + " " + benefit
	case 1:
		text = names[0] + " is formatted into the " + what + cost + "; record it as " + article(w.noun) + " " + benefit
	default:
		text = list(names) + " are formatted into the " + what + cost + "; record them as " + plural(w.noun) + " " + benefit
	}
	if len(rec) > 0 {
		text += " (" + recordedText(rec) + ")"
	}
	return text
}

// article writes a noun with its indefinite article: "a field", "an
// attribute".
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}

func plural(noun string) string { return noun + "s" }

// recordedText says that the values rec are recorded already, and as
// which fields: "id is already recorded as user_id", "a and b are
// already recorded as x and a field".
func recordedText(rec []recName) string {
	var names, keys []string
	for _, r := range rec {
		names = append(names, r.name)
		keys = append(keys, keyName(r.field.key))
	}
	verb := " is"
	if len(rec) > 1 {
		verb = " are"
	}
	return list(names) + verb + " already recorded as " + list(keys)
}

// keyName names a field by its key, or "a field" when its key is not a
// constant.
func keyName(key string) string {
	if key == "" {
		return "a field"
	}
	return key
}

// fixText is the message of the suggested fix that records names as
// fields (attributes) and removes skipped (already fields) from the
// message (the span name).
func fixText(names, skipped []string, w wording) string {
	var text string
	switch len(names) {
	case 0:
		return "Remove " + list(skipped) + " from the " + w.what
	case 1:
		text = "Record " + names[0] + " as " + article(w.noun)
	default:
		text = "Record " + list(names) + " as " + plural(w.noun)
	}
	if len(skipped) > 0 {
		text += " and remove " + list(skipped) + " from the " + w.what
	}
	return text
}

// list writes "a", "a and b", "a, b and c".
func list(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
