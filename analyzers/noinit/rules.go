package noinit

import (
	_ "embed"
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// checkMain applies the three rules to package main.
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
	if p.importsFact(new(installs)) {
		return // installed before any code of package main runs
	}
	if !p.varInits {
		p.checkInits()
	}
	if main == nil || p.installs {
		return
	}
	obj, _ := p.pass.TypesInfo.Defs[main.Name].(*types.Func)
	if fn := p.funcs[obj]; fn == nil || !fn.installs {
		if p.emits || p.importsFact(new(emits)) {
			p.reportNoInstall(mainFile, main)
		}
		return
	}
	p.checkPremature(mainFile, main)
}

// reportNoInstall reports rule 1 at main's name, with a fix that calls
// tracing.Init first in main.
func (p *pkg) reportNoInstall(file *ast.File, main *ast.FuncDecl) {
	d := analysis.Diagnostic{
		Pos:     main.Name.Pos(),
		End:     main.Name.End(),
		Message: "events from this program go nowhere: main never installs a " + p.lib.Sink,
	}
	body := main.Body
	name, edits, ok := fix.Import(p.pass, file, body.Lbrace+1, p.lib.InstallPkg, p.lib.InstallPkgName)
	if ok && p.lib.InstallFunc != "" {
		call := name + "." + p.lib.InstallFunc + "()"
		// Insert a line of its own after the line of the brace, which
		// may end with a comment; func main() {} becomes a block.
		edit := analysis.TextEdit{Pos: body.Lbrace + 1, End: body.Lbrace + 1, NewText: []byte("\n\t" + call + "\n")}
		if l := p.line(body.Lbrace); l < p.line(body.Rbrace) {
			start := p.pass.Fset.File(body.Lbrace).LineStart(l + 1)
			edit = analysis.TextEdit{Pos: start, End: start, NewText: []byte("\t" + call + "\n")}
		}
		edits = append(edits, edit)
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Call " + name + "." + p.lib.InstallFunc + " first in main", TextEdits: edits}}
	}
	p.pass.Report(d)
}

// checkInits applies rule 3: init functions of package main run, in
// order, before main can install a subscriber.
func (p *pkg) checkInits() {
	for _, fn := range p.initFuncs {
		if isGenerated(p.pass, fn.decl) {
			continue
		}
		_, at, install := p.straightLine(fn.decl.Body)
		if at != nil {
			p.pass.Report(analysis.Diagnostic{
				Pos:     at.Pos(),
				End:     at.End(),
				Message: p.describe(at) + " in init, which runs before main can install a " + p.lib.Sink + ": " + p.lost(at),
			})
		}
		if install != nil || fn.installs || p.anyInstalls(fn.refs) {
			return // later init functions run after this one installed
		}
	}
}

// checkPremature applies rule 2 to a main that installs.
func (p *pkg) checkPremature(file *ast.File, main *ast.FuncDecl) {
	stmt, at, install := p.straightLine(main.Body)
	if at == nil {
		return
	}
	d := analysis.Diagnostic{
		Pos:     at.Pos(),
		End:     at.End(),
		Message: p.describe(at) + " before main installs a " + p.lib.Sink + ": " + p.lost(at),
	}
	if install != nil {
		if edits := p.moveUp(file, main, install, stmt); edits != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Install the " + p.lib.Sink + " before the first event",
				TextEdits: edits,
			}}
		}
	}
	p.pass.Report(d)
}

// straightLine walks the top-level statements of body in order up to
// the first that installs a subscriber (install). It returns the first
// statement before it that emits, and the emitting node within it.
// Deferred calls run at the end: they neither install nor emit early.
func (p *pkg) straightLine(body *ast.BlockStmt) (stmt ast.Stmt, at ast.Node, install ast.Stmt) {
	for _, s := range body.List {
		if _, ok := s.(*ast.DeferStmt); ok {
			continue
		}
		if p.installsIn(s) {
			return stmt, at, s
		}
		if at == nil {
			if n := p.firstEmission(s); n != nil {
				stmt, at = s, n
			}
		}
	}
	return stmt, at, nil
}

// installsIn reports whether node refers to an install: the API, a
// function of this package that installs, or one with the fact.
func (p *pkg) installsIn(node ast.Node) bool {
	var fn function
	p.refer(&fn, node)
	return fn.installs || p.anyInstalls(fn.refs)
}

// firstEmission returns the first node of n, in source order, that
// emits now: an event or span start of tracing, or a call (or spawn) of
// a function of this package that emits now. Function literals count
// only when called or spawned on the spot: a handler stored for later
// does not emit now.
func (p *pkg) firstEmission(n ast.Node) ast.Node {
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
				found = p.firstEmission(lit.Body)
				return found == nil
			}
			if api := apis.Lookup(info, n); api != nil {
				switch api.Role {
				case apis.Event, apis.SpanStart:
					if api.Global {
						found = n
						return false
					}
				case apis.Spawn:
					switch f := ast.Unparen(apis.Arg(n, api.Value)).(type) {
					case *ast.FuncLit:
						found = p.firstEmission(f.Body)
					case *ast.Ident, *ast.SelectorExpr:
						if g, _ := info.Uses[selectorIdent(f)].(*types.Func); g != nil && p.emitsNowFunc(g.Origin()) {
							found = n
						}
					}
					return found == nil
				}
				return true
			}
			if g, _ := typeutil.Callee(info, n).(*types.Func); g != nil && p.emitsNowFunc(g.Origin()) {
				found = n
				return false
			}
		}
		return true
	})
	return found
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
// emits before it returns. Recursion is cut: a function being decided
// counts as not emitting.
func (p *pkg) emitsNowFunc(f *types.Func) bool {
	fn := p.funcs[f]
	if fn == nil {
		return false // another package's, or an interface method
	}
	if v, ok := p.emitsNow[f]; ok {
		return v
	}
	p.emitsNow[f] = false
	v := p.firstEmission(fn.decl.Body) != nil
	p.emitsNow[f] = v
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
			}
		}
	}
	return "its events are lost"
}
