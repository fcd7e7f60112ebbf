package unloggable

import (
	_ "embed"
	"go/ast"
	"go/constant"
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
	Requires: []*analysis.Analyzer{analysisutil.Inspect},
	Run:      run,

	// Editors run it on code being typed: a value is reported only when
	// its type is known, and a value without a type ends the pairing of
	// slog's keys and values (testdata/src/broken).
	RunDespiteErrors: true,
}

// keyCase is the convention of the keys that fixes write.
var keyCase keys.Case

func init() {
	Analyzer.Flags.Var(&keyCase, "keycase", "convention of the keys written by fixes: snake, camel, kebab or pascal")
}

func run(pass *analysis.Pass) (any, error) {
	if !apis.Uses(pass.Pkg) {
		return nil, nil // no call in this package can reach a logging API
	}
	inspect := pass.ResultOf[analysisutil.Inspect].(*inspector.Inspector)
	c := &checker{pass: pass, Classifier: loggable.Classifier{Info: pass.TypesInfo}, keyCase: keyCase}
	for fileCur := range inspect.Root().Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok || ast.IsGenerated(file) {
			continue
		}
		c.file = file
		for cur := range fileCur.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			api := apis.Lookup(pass.TypesInfo, call)
			if api == nil {
				continue
			}
			if api.Role == apis.FieldCtor && api.Value >= 0 {
				c.checkCtor(cur, call, api)
			}
			if api.Fields >= 0 && api.Style == apis.SlogKV {
				c.checkKV(cur, call, api)
			}
		}
	}
	return nil, nil
}

type checker struct {
	pass *analysis.Pass
	file *ast.File
	loggable.Classifier
	keyCase keys.Case
	usage   *usage // computed on the first removal
}

// checkCtor checks the value of a field constructor call such as
// slog.Any("k", v) or tracing.String("k", string(b)).
func (c *checker) checkCtor(cur inspector.Cursor, call *ast.CallExpr, api *apis.API) {
	value := apis.Arg(call, api.Value)
	if value == nil {
		return
	}
	f := c.Classify(value)
	if f == nil || f.Conv {
		return // string(b): the author says the bytes are text
	}
	site := &site{f: f, cur: cur, value: value, key: apis.Arg(call, api.Key), ctor: call, ctorAPI: api}
	// Is the constructor itself an argument of a logging call?
	if k, i := cur.ParentEdge(); k == edge.CallExpr_Args {
		parent := cur.Parent().Node().(*ast.CallExpr)
		if papi := apis.Lookup(c.pass.TypesInfo, parent); papi != nil && papi.Fields >= 0 && i >= papi.Fields && papi.FieldArgs(parent) != nil {
			site.call, site.api, site.index, site.n = parent, papi, i, 1
		}
	}
	c.report(site)
}

// checkKV checks the values of the key-value arguments of a call in
// slog's style; slog.Attr arguments are fields of their own, checked
// as constructor calls.
func (c *checker) checkKV(cur inspector.Cursor, call *ast.CallExpr, api *apis.API) {
	for _, p := range pairs(c.pass.TypesInfo, api, call) {
		if p.value == nil {
			continue
		}
		if f := c.Classify(p.value); f != nil && !f.Conv { // string(b) is text
			c.report(&site{f: f, cur: cur, value: p.value, key: p.key, call: call, api: api, index: p.index, n: 2})
		}
	}
}

// A pair is one field among the arguments of a call in slog's
// key-value style: a key and its value, or a single slog.Attr.
type pair struct {
	index      int // index of the first argument in call.Args
	key, value ast.Expr
	attr       ast.Expr
}

// pairs splits the field arguments of call the way slog does. It stops
// at an argument whose static type is an interface (it may be a key or
// an Attr: the pairing is unknown from there on); a lone non-string
// argument is slog's !BADKEY, which is not paired.
func pairs(info *types.Info, api *apis.API, call *ast.CallExpr) []pair {
	args := api.FieldArgs(call)
	var ps []pair
	for i := 0; i < len(args); {
		t := info.TypeOf(args[i])
		switch {
		case t == nil:
			return ps
		case loggable.IsNamed(t, apis.Slog, "Attr"):
			ps = append(ps, pair{index: api.Fields + i, attr: args[i]})
			i++
		case loggable.IsString(t):
			if i+1 == len(args) {
				return ps // a key without a value: slog's !BADKEY
			}
			ps = append(ps, pair{index: api.Fields + i, key: args[i], value: args[i+1]})
			i += 2
		case types.IsInterface(t):
			return ps
		default:
			i++
		}
	}
	return ps
}

// keysOf returns the constant keys of the fields that are arguments of
// call (in any style), except the one starting at argument skip.
func keysOf(info *types.Info, api *apis.API, call *ast.CallExpr, skip int) []string {
	var ks []string
	add := func(e ast.Expr) {
		if e == nil {
			return
		}
		if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			ks = append(ks, constant.StringVal(tv.Value))
		}
	}
	attrKey := func(e ast.Expr) {
		if ctor, ok := ast.Unparen(e).(*ast.CallExpr); ok {
			if a := apis.Lookup(info, ctor); a != nil && a.Role == apis.FieldCtor {
				add(apis.Arg(ctor, a.Key))
			}
		}
	}
	if api.Style == apis.SlogKV {
		for _, p := range pairs(info, api, call) {
			if p.index == skip {
				continue
			}
			add(p.key)
			if p.attr != nil {
				attrKey(p.attr)
			}
		}
		return ks
	}
	for i, arg := range api.FieldArgs(call) {
		if api.Fields+i != skip {
			attrKey(arg)
		}
	}
	return ks
}
