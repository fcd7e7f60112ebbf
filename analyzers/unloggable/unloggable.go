package unloggable

import (
	_ "embed"
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/keys"
	"github.com/tracelint/tracelint/analyzers/internal/loggable"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "unloggable",
	Doc:      analysisutil.MustExtractDoc(doc, "unloggable"),
	URL:      "https://pkg.go.dev/github.com/tracelint/tracelint/analyzers/unloggable",
	Requires: []*analysis.Analyzer{analysisutil.Inspect, analysisutil.Calls},
	Run:      run,

	// Editors run it on code being typed: a value is reported only when
	// its type is known, and a value without a type ends the pairing of
	// slog's keys and values (testdata/src/broken).
	RunDespiteErrors: true,
}

// keyCase is the convention of the keys that fixes write.
var keyCase keys.Case

func init() {
	Analyzer.Flags.Var(&keyCase, "keycase", "convention of the keys written by fixes: snake, camel, kebab or pascal (default: that of the keys around them, else snake)")
}

func run(pass *analysis.Pass) (any, error) {
	inspect := pass.ResultOf[analysisutil.Inspect].(*inspector.Inspector)
	if inspect == nil {
		return nil, nil // no call of a known API, no go statement (analysisutil.Inspect)
	}
	c := &checker{pass: pass, calls: pass.ResultOf[analysisutil.Calls].(*apis.Calls), Classifier: loggable.Classifier{Info: pass.TypesInfo}, keyCase: keyCase, survey: keys.NewSurvey(pass.TypesInfo, pass.Files)}
	for fileCur := range inspect.Root().Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok || ast.IsGenerated(file) {
			continue
		}
		c.file = file
		for cur := range fileCur.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			api := c.calls.Lookup(call)
			if api == nil {
				continue
			}
			if api.Role == apis.FieldCtor && api.Value >= 0 {
				c.checkCtor(cur, call, api)
			}
			if api.Fields >= 0 && api.Style != nil && api.Style.Pairing == apis.KV {
				c.checkKV(cur, call, api)
			}
			if api.Fields >= 0 && api.Style != nil && api.Style.Map != nil {
				c.checkMap(cur, call, api)
			}
		}
	}
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	calls *apis.Calls
	file  *ast.File
	loggable.Classifier
	keyCase keys.Case
	survey  *keys.Survey         // the case of the keys around a new one, when keyCase is auto
	uses    map[types.Object]int // uses of each object in the package, counted on the first removal
}

// checkCtor checks the value of a field constructor call such as
// slog.Any("k", v) or tracing.String("k", string(b)).
func (c *checker) checkCtor(cur inspector.Cursor, call *ast.CallExpr, api *apis.API) {
	value := apis.Arg(call, api.Value)
	if value == nil {
		return
	}
	f := c.ClassifyIn(enclosingFunc(cur), value)
	if f == nil {
		return
	}
	site := &site{f: f, cur: cur, value: value, key: apis.Arg(call, api.Key), ctor: call, ctorAPI: api}
	// Is the constructor itself an argument of a logging call?
	if k, i := cur.ParentEdge(); k == edge.CallExpr_Args {
		parent := cur.Parent().Node().(*ast.CallExpr)
		if papi := c.calls.Lookup(parent); papi != nil && papi.Fields >= 0 && i >= papi.Fields && papi.FieldArgs(parent) != nil {
			site.call, site.api, site.index, site.n = parent, papi, i, 1
		}
	}
	c.report(site)
}

// checkMap checks the values of a map literal of fields that call
// passes (logrus's WithFields(logrus.Fields{"k": v})).
func (c *checker) checkMap(cur inspector.Cursor, call *ast.CallExpr, api *apis.API) {
	fn := enclosingFunc(cur)
	for _, arg := range api.FieldArgs(call) {
		lit := api.Style.MapLit(c.pass.TypesInfo, arg)
		if lit == nil {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if f := c.ClassifyIn(fn, kv.Value); f != nil {
				c.report(&site{f: f, cur: cur, value: kv.Value, key: kv.Key, lit: lit})
			}
		}
	}
}

// checkKV checks the values of the key-value arguments of a call in a
// KV style; whole fields (slog.Attr arguments) are checked as
// constructor calls.
func (c *checker) checkKV(cur inspector.Cursor, call *ast.CallExpr, api *apis.API) {
	ps, _ := api.Pairs(c.pass.TypesInfo, call)
	fn := enclosingFunc(cur)
	for _, p := range ps {
		if p.Value == nil {
			continue
		}
		if api.Role == apis.With && apis.IsEvaluated(c.pass.TypesInfo.TypeOf(p.Value)) {
			continue // log.With(logger, "ts", log.DefaultTimestampUTC): called at each event
		}
		if f := c.ClassifyIn(fn, p.Value); f != nil {
			c.report(&site{f: f, cur: cur, value: p.Value, key: p.Key, call: call, api: api, index: p.Index, n: 2})
		}
	}
}
