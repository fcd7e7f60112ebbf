package noinit

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// checkMain applies the three rules to package main, for each
// installable library in table order.
func (p *pkg) checkMain() {
	var main *ast.FuncDecl
	var mainFile *ast.File
	for _, file := range p.pass.Files {
		if isTest(p.pass, file) || analysisutil.Generated(file) {
			continue
		}
		for _, decl := range file.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Recv == nil && d.Name.Name == "main" && d.Body != nil {
				main, mainFile = d, file
			}
		}
	}
	var mainFn *function
	if main != nil {
		obj, _ := p.pass.TypesInfo.Defs[main.Name].(*types.Func)
		mainFn = p.funcs[obj]
	}
	imported := p.importedInstalls()
	for i, lib := range installables {
		b := libs(1) << i
		if imported&b != 0 {
			continue // installed before any code of package main runs
		}
		if p.varInits&b == 0 {
			p.checkInits(lib)
		}
		if main == nil || p.installs&b != 0 {
			continue
		}
		if mainFn == nil || mainFn.installs&b == 0 {
			if lib.OwnModule && p.linked&b != 0 {
				// The program links code that installs the default
				// (jaeger's jtracer.New, run by an extension that a
				// framework starts through interfaces): main may reach
				// it in ways a static walk does not follow.
				continue
			}
			if p.emitsThrough(i) {
				p.reportNoInstall(lib, mainFile, main)
			}
			continue
		}
		p.checkPremature(lib, mainFile, main)
	}
}

// emitsThrough reports whether the program emits through the default of
// the i'th installable library: its own code, or that of a package it
// imports. For an OwnModule library only the code of this package's
// module counts (see counts).
func (p *pkg) emitsThrough(i int) bool {
	for _, u := range p.allUses() {
		if int(u.Lib) == i && counts(u.Module, p.module) {
			return true
		}
	}
	return false
}

// counts reports whether a use of an OwnModule library's default by
// code of module counts against a main package of module mainModule:
// when they are the same module, and when either is not known (outside
// module mode every package counts, as for the other libraries). Uses
// of the other libraries carry no module and always count.
func counts(module, mainModule string) bool {
	return module == "" || mainModule == "" || module == mainModule
}

// reportNoInstall reports rule 1 at main's name; for a library with an
// install function, with a fix that calls it first in main.
func (p *pkg) reportNoInstall(lib *apis.Library, file *ast.File, main *ast.FuncDecl) {
	d := analysis.Diagnostic{
		Pos:      main.Name.Pos(),
		End:      main.Name.End(),
		Category: category(lib),
		Message:  emitted(lib) + " from this program go nowhere: main never installs " + article(lib.Sink),
	}
	if lib.InstallFunc == "" {
		d.Message += "; " + noFix(lib)
		p.pass.Report(d)
		return
	}
	body := main.Body
	name, edits, ok := fix.Import(p.pass, file, body.Lbrace+1, lib.InstallPkg, lib.InstallPkgName)
	if ok {
		call := name + "." + lib.InstallFunc + "()"
		// Insert a line of its own after the line of the brace, which
		// may end with a comment; func main() {} becomes a block.
		edit := analysis.TextEdit{Pos: body.Lbrace + 1, End: body.Lbrace + 1, NewText: []byte("\n\t" + call + "\n")}
		if l := p.line(body.Lbrace); l < p.line(body.Rbrace) {
			start := p.pass.Fset.File(body.Lbrace).LineStart(l + 1)
			edit = analysis.TextEdit{Pos: start, End: start, NewText: []byte("\t" + call + "\n")}
		}
		edits = append(edits, edit)
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Call " + name + "." + lib.InstallFunc + " first in main", TextEdits: edits}}
	}
	p.pass.Report(d)
}

// checkInits applies rule 3: init functions of package main run, in
// order, before main can install the default of lib.
func (p *pkg) checkInits(lib *apis.Library) {
	b := libOf(lib)
	for _, fn := range p.initFuncs {
		if isGenerated(p.pass, fn.decl) {
			continue
		}
		_, at, install := p.straightLine(lib, fn.decl.Body)
		if at != nil {
			p.pass.Report(analysis.Diagnostic{
				Pos:      at.Pos(),
				End:      at.End(),
				Category: category(lib),
				Message:  p.describe(at) + " in init, which runs before main can install " + article(lib.Sink) + ": " + p.lost(at),
			})
		}
		if install != nil || (fn.installs|p.installsOf(fn.refs))&b != 0 {
			return // later init functions run after this one installed
		}
	}
}

// checkPremature applies rule 2 to a main that installs the default of
// lib.
func (p *pkg) checkPremature(lib *apis.Library, file *ast.File, main *ast.FuncDecl) {
	stmt, at, install := p.straightLine(lib, main.Body)
	if at == nil {
		return
	}
	d := analysis.Diagnostic{
		Pos:      at.Pos(),
		End:      at.End(),
		Category: category(lib),
		Message:  p.describe(at) + " before main installs " + article(lib.Sink) + ": " + p.lost(at),
	}
	if install != nil {
		if edits := p.moveUp(file, main, install, stmt); edits != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Install the " + lib.Sink + " before the first " + strings.TrimSuffix(emitted(lib), "s"),
				TextEdits: edits,
			}}
		}
	}
	p.pass.Report(d)
}

// emitted names what goes through the default of lib, for messages:
// "spans" for a library whose every event belongs to a span (its Event
// rows are methods of the type its SpanEnd rows end: OpenTelemetry's
// Span.AddEvent), else "events".
func emitted(lib *apis.Library) string {
	spans := make(map[string]bool)
	for _, r := range apis.Rows() {
		if r.Lib == lib && r.Role == apis.SpanEnd {
			spans[r.Pkg+"."+r.Recv] = true
		}
	}
	if len(spans) == 0 {
		return "events"
	}
	for _, r := range apis.Rows() {
		if r.Lib == lib && r.Role == apis.Event && !spans[r.Pkg+"."+r.Recv] {
			return "events"
		}
	}
	return "spans"
}

// noFix says, for a library with no install function, what goes through
// its default until the program installs one, and why there is no fix:
// "zap.L() and zap.S() are no-ops until zap.ReplaceGlobals (choosing the
// logger is yours, so there is no fix)".
func noFix(lib *apis.Library) string {
	var defaults, installs []string
	for _, r := range apis.Rows() {
		if r.Lib != lib || r.Recv != "" {
			continue
		}
		switch {
		case r.Role == apis.Default:
			defaults = append(defaults, pkgName(lib, r.Pkg)+"."+r.Name+"()")
		case r.Role == apis.Install:
			installs = append(installs, pkgName(lib, r.Pkg)+"."+r.Name)
		}
	}
	what := "every span is a no-op"
	if emitted(lib) == "events" && len(defaults) > 0 {
		what = join(defaults, "and") + " are no-ops"
		if len(defaults) == 1 {
			what = defaults[0] + " is a no-op"
		}
	}
	return what + " until " + join(installs, "or") + " (choosing " + lib.Choice + " is yours, so there is no fix)"
}

// pkgName returns the name of the package path of one of lib's rows.
func pkgName(lib *apis.Library, path string) string {
	if path == lib.InstallPkg {
		return lib.InstallPkgName
	}
	return path[strings.LastIndex(path, "/")+1:]
}

// join joins words as a sentence does: "a", "a and b", "a, b and c".
func join(words []string, conj string) string {
	if len(words) <= 1 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

// article puts "a" or "an" before s.
func article(s string) string {
	if s != "" && strings.ContainsRune("aeiouAEIOU", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

// straightLine walks the top-level statements of body in order up to
// the first that installs the default of lib (install). It returns the
// first statement before it that emits through that default, and the
// emitting node within it. Deferred calls run at the end: they neither
// install nor emit early, but their function value and arguments are
// evaluated on the spot (defer zap.ReplaceGlobals(logger)() installs).
func (p *pkg) straightLine(lib *apis.Library, body *ast.BlockStmt) (stmt ast.Stmt, at ast.Node, install ast.Stmt) {
	for _, s := range body.List {
		nodes := []ast.Node{s}
		if d, ok := s.(*ast.DeferStmt); ok {
			nodes = evaluatedNow(d.Call)
		}
		for _, n := range nodes {
			if p.installsIn(n)&libOf(lib) != 0 {
				return stmt, at, s
			}
		}
		for _, n := range nodes {
			if at == nil {
				if e := p.firstEmission(lib, n); e != nil {
					stmt, at = s, e
				}
			}
		}
	}
	return stmt, at, nil
}

// evaluatedNow returns the parts of a deferred call that are evaluated
// at the defer statement: its arguments, and the calls that give its
// function value (f(x) in defer f(x)(), zap.L() in defer zap.L().Sync()).
func evaluatedNow(call *ast.CallExpr) []ast.Node {
	var nodes []ast.Node
	for _, a := range call.Args {
		nodes = append(nodes, a)
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.CallExpr:
		nodes = append(nodes, fun)
	case *ast.SelectorExpr:
		nodes = append(nodes, fun.X)
	}
	return nodes
}

// installsIn returns the libraries that node installs: it refers to
// their install APIs, to functions of this package that install them, or
// to functions with the fact.
func (p *pkg) installsIn(node ast.Node) libs {
	var fn function
	p.refer(&fn, node)
	return fn.installs | p.installsOf(fn.refs)
}

// firstEmission returns the first node of n, in source order, that
// emits now through the default of lib (see early), or a call (or
// spawn) of a function of this package that does. Function literals
// count only when called or spawned on the spot: a handler stored for
// later does not emit now.
func (p *pkg) firstEmission(lib *apis.Library, n ast.Node) ast.Node {
	var found ast.Node
	info := p.pass.TypesInfo
	ast.Inspect(n, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit, *ast.DeferStmt:
			return false
		case *ast.CallExpr:
			if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok {
				found = p.firstEmission(lib, lit.Body)
				return found == nil
			}
			if api := apis.Lookup(info, n); api != nil {
				if api.Role == apis.Spawn {
					switch f := ast.Unparen(apis.Arg(n, api.Value)).(type) {
					case *ast.FuncLit:
						found = p.firstEmission(lib, f.Body)
					case *ast.Ident, *ast.SelectorExpr:
						if g, _ := info.Uses[selectorIdent(f)].(*types.Func); g != nil && p.emitsNowFunc(lib, g.Origin()) {
							found = n
						}
					}
					return found == nil
				}
				if p.early(lib, api, n) {
					found = n
					return false
				}
				return true
			}
			if g, _ := typeutil.Callee(info, n).(*types.Func); g != nil && p.emitsNowFunc(lib, g.Origin()) {
				found = n
				return false
			}
		}
		return true
	})
	return found
}

// early reports whether call, of api, is lost when it runs before the
// default of lib is installed: an event or span start through that
// default (a Global row, or a method called on what a Default row
// returned in the same expression: otel.Tracer("t").Start(...)), or,
// for a Snapshot library, the call of a Default row itself (zap.L()
// returns the no-op logger for good).
func (p *pkg) early(lib *apis.Library, api *apis.API, call *ast.CallExpr) bool {
	if api.Lib != lib {
		return false
	}
	switch api.Role {
	case apis.Event, apis.SpanStart:
		return api.Global || p.throughDefault(lib, call)
	case apis.Default:
		return lib.Snapshot
	}
	return false
}

// throughDefault reports whether call is a method call whose receiver
// is, through a chain of method calls, the result of a Default row of
// lib: otel.GetTracerProvider().Tracer("t").Start(ctx, "op").
func (p *pkg) throughDefault(lib *apis.Library, call *ast.CallExpr) bool {
	for {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if s, ok := p.pass.TypesInfo.Selections[sel]; !ok || s.Kind() != types.MethodVal {
			return false
		}
		call, ok = ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		if api := apis.Lookup(p.pass.TypesInfo, call); api != nil && api.Role == apis.Default && api.Lib == lib {
			return true
		}
	}
}

func selectorIdent(e ast.Expr) *ast.Ident {
	switch e := e.(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// emitsNowFunc reports whether calling f, a function of this package,
// emits through the default of lib before it returns. Recursion is cut:
// a function being decided counts as not emitting.
func (p *pkg) emitsNowFunc(lib *apis.Library, f *types.Func) bool {
	fn := p.funcs[f]
	if fn == nil {
		return false // another package's, or an interface method
	}
	k := emitKey{f, lib}
	if v, ok := p.emitsNow[k]; ok {
		return v
	}
	p.emitsNow[k] = false
	v := p.firstEmission(lib, fn.decl.Body) != nil
	p.emitsNow[k] = v
	return v
}

// describe names what at does: an event, a span, or a call of a
// function that emits.
func (p *pkg) describe(at ast.Node) string {
	call, _ := at.(*ast.CallExpr)
	if call == nil {
		return "event emitted"
	}
	fun := fix.Source(p.pass.Fset, call.Fun)
	if api := apis.Lookup(p.pass.TypesInfo, call); api != nil {
		switch api.Role {
		case apis.Event:
			return fun + " emits an event"
		case apis.SpanStart:
			return fun + " starts a span"
		case apis.Default:
			return fun + " is called"
		}
		return fun + " starts a goroutine that emits"
	}
	if _, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		return "a function literal emits"
	}
	return fun + " emits"
}

func (p *pkg) lost(at ast.Node) string {
	if call, _ := at.(*ast.CallExpr); call != nil {
		if api := apis.Lookup(p.pass.TypesInfo, call); api != nil {
			switch api.Role {
			case apis.Event:
				return "the event is lost"
			case apis.SpanStart:
				return "the span is lost"
			case apis.Default:
				return "what it returns stays a no-op"
			}
		}
	}
	return "its events are lost"
}
