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

func init() {
	Analyzer.Flags.Var(&keyCase, "keycase", "naming convention of the keys of new fields: snake, camel, kebab or pascal (default: that of the keys around them, else snake)")
}

func run(pass *analysis.Pass) (any, error) {
	if !apis.Uses(pass.Pkg) {
		return nil, nil // no call can reach a logging or tracing API
	}
	c := &checker{
		pass:    pass,
		calls:   pass.ResultOf[analysisutil.Calls].(*apis.Calls),
		keyCase: keyCase,
		survey:  keys.NewSurvey(pass.TypesInfo, pass.Files),
		funcs:   make(map[ast.Node]*funcInfo),

		combiners: make(map[*types.Func]bool),
		imports:   make(map[*ast.File]map[types.Object]int),

		classifier: loggable.Classifier{Info: pass.TypesInfo},
	}
	in := pass.ResultOf[analysisutil.Inspect].(*inspector.Inspector)
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

	// classifier tells the values that a fix must not turn into
	// fields: they render badly (unloggable reports them).
	classifier loggable.Classifier
}

// checkCall reports the call at cur if it is an event or span start
// whose message is built from values.
func (c *checker) checkCall(file *ast.File, cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	api := c.calls.Lookup(call)
	if api == nil || (api.Role != apis.Event && api.Role != apis.SpanStart) {
		return
	}
	arg := apis.Arg(call, api.Msg)
	if arg == nil {
		return
	}
	if tv, ok := c.pass.TypesInfo.Types[arg]; !ok || tv.Type == nil || tv.Value != nil {
		return // constant, or no type information
	}
	c.cur = cur
	m := c.message(cur, arg)
	if m == nil || unparsed(m) || c.console(cur) {
		return
	}
	m.call, m.api, m.arg, m.file = call, api, arg, file
	m.recorded = c.recorded(cur, call, api)

	what := "message"
	if api.Role == apis.SpanStart {
		what = "span name"
	}
	fresh, rec := c.names(m)
	d := analysis.Diagnostic{
		Pos:     arg.Pos(),
		End:     arg.End(),
		Message: diagnosticText(fresh, rec, what),
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
				Message: "the " + what + " is built here",
			})
		}
	}
	if f := c.suggestedFix(m); f != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*f}
	}
	c.pass.Report(d)
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
func diagnosticText(names []string, rec []recName, what string) string {
	if len(rec) > 0 && len(names) == 0 {
		if len(rec) == 1 {
			return recordedText(rec) + "; remove it from the " + what + " so that the " + what + " is constant"
		}
		return recordedText(rec) + "; remove them from the " + what + " so that the " + what + " is constant"
	}
	var text string
	switch len(names) {
	case 0:
		text = "the " + what + " is built at run time; record its values as fields so they can be queried"
	case 1:
		text = names[0] + " is formatted into the " + what + "; record it as a field so it can be queried"
	default:
		text = list(names) + " are formatted into the " + what + "; record them as fields so they can be queried"
	}
	if len(rec) > 0 {
		text += " (" + recordedText(rec) + ")"
	}
	return text
}

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
// fields and removes skipped (already fields) from the message.
func fixText(names, skipped []string) string {
	var text string
	switch len(names) {
	case 0:
		return "Remove " + list(skipped) + " from the message"
	case 1:
		text = "Record " + names[0] + " as a field"
	default:
		text = "Record " + list(names) + " as fields"
	}
	if len(skipped) > 0 {
		text += " and remove " + list(skipped) + " from the message"
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
