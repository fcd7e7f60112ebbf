package noinit

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/fix"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

//go:embed doc.go
var doc string

// Analyzer reports programs that emit tracing events but install no
// subscriber, or install it too late.
//
// It deliberately requires no other analyzer: with facts, a driver runs
// it on every dependency of the analysed packages, and most of them
// return at once (they do not depend on tracing).
//
// It does not run on code that does not type-check (no
// RunDespiteErrors): its reports are claims about the whole program
// ("main never installs"), which code lost to an error makes false. A
// half-typed call in a helper costs the parser the rest of the helper's
// body, its tracing.Init() with it, and main would be told to install a
// second subscriber; the installs facts of such a package would carry
// the mistake to every importer.
var Analyzer = &analysis.Analyzer{
	Name:      "noinit",
	Doc:       analysisutil.MustExtractDoc(doc, "noinit"),
	URL:       "https://pkg.go.dev/github.com/tracelint/tracelint/analyzers/noinit",
	Run:       run,
	FactTypes: []analysis.Fact{new(emits), new(installs), new(installers)},
}

// FactScope lists the packages outside whose dependents noinit
// computes no fact (run returns at once): a driver may analyse only the
// dependencies that import one of them, directly or not, and load every
// other dependency from export data (see internal/driver).
var FactScope = []string{apis.Tracing}

// emits is the package fact of a package that emits tracing events or
// starts spans, itself or through a package it imports.
type emits struct{}

func (*emits) AFact()         {}
func (*emits) String() string { return "emits" }

// installs is the fact of a function that installs a tracing subscriber
// (directly or through functions that install), and the package fact of
// a package whose initialization (its own or that of an import)
// installs one.
type installs struct{}

func (*installs) AFact()         {}
func (*installs) String() string { return "installs" }

// installers is the package fact of a package that has functions with
// the installs fact. With emits and installs, it marks every package
// whose importers must not skip the analysis: under go vet, a package
// loaded from export data does not list all its imports, so the import
// graph alone cannot tell that a package depends on tracing.
type installers struct{}

func (*installers) AFact()         {}
func (*installers) String() string { return "installers" }

func run(pass *analysis.Pass) (any, error) {
	// The runtime itself emits and installs internally: that says
	// nothing about its users. A package that does not depend on it
	// can have no fact (the fast path of almost every dependency).
	if pass.Pkg.Path() == apis.Tracing || !dependsOnTracing(pass) {
		return nil, nil
	}
	p := scan(pass)
	p.exportFacts()
	if pass.Pkg.Name() == "main" && !strings.HasSuffix(pass.Pkg.Path(), ".test") {
		p.checkMain()
	}
	return nil, nil
}

// dependsOnTracing reports whether pass.Pkg may emit or install: it
// depends on tracing as far as its import graph shows, or a package it
// imports carries one of the package facts.
func dependsOnTracing(pass *analysis.Pass) bool {
	if apis.UsesTracing(pass.Pkg) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(emits)) || pass.ImportPackageFact(imp, new(installs)) || pass.ImportPackageFact(imp, new(installers)) {
			return true
		}
	}
	return false
}

// A function of the package being analysed.
type function struct {
	decl     *ast.FuncDecl
	obj      *types.Func
	installs bool          // refers to an install, or to a function that installs
	refs     []*types.Func // functions of this package it refers to
}

// pkg holds what one walk over the package's syntax learned.
type pkg struct {
	pass     *analysis.Pass
	funcs    map[*types.Func]*function
	order    []*function // in source order
	emits    bool        // the package's own code emits
	installs bool        // its init functions or variable initializers install
	varInits bool        // its variable initializers install (before any init)

	initFuncs []*function // the init functions, in source order

	// emitsNow memoizes function.emitsNow: true, false, or absent.
	emitsNow map[*types.Func]bool
}

// scan walks the package's non-test files once, recording for each
// function whether it refers to an install and which functions of the
// package it refers to, then propagates installs through those
// references. A reference (not only a call) counts: sync.Once.Do(setup)
// installs as surely as setup().
func scan(pass *analysis.Pass) *pkg {
	p := &pkg{pass: pass, funcs: make(map[*types.Func]*function), emitsNow: make(map[*types.Func]bool)}
	var varInit function // package-level variable initializers
	for _, file := range pass.Files {
		if isTest(pass, file) {
			continue
		}
		for _, decl := range file.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				obj, _ := pass.TypesInfo.Defs[decl.Name].(*types.Func)
				if obj == nil || decl.Body == nil {
					continue
				}
				fn := &function{decl: decl, obj: obj}
				p.refer(fn, decl.Body)
				if decl.Recv == nil && decl.Name.Name == "init" {
					// Nothing can refer to an init function.
					p.initFuncs = append(p.initFuncs, fn)
					continue
				}
				p.funcs[obj] = fn
				p.order = append(p.order, fn)
			case *ast.GenDecl:
				if decl.Tok == token.VAR {
					p.refer(&varInit, decl)
				}
			}
		}
	}
	p.propagate()
	for _, fn := range p.initFuncs {
		if fn.installs || p.anyInstalls(fn.refs) {
			p.installs = true
		}
	}
	if varInit.installs || p.anyInstalls(varInit.refs) {
		p.installs, p.varInits = true, true
	}
	return p
}

// refer records in fn what node refers to.
func (p *pkg) refer(fn *function, node ast.Node) {
	info := p.pass.TypesInfo
	ast.Inspect(node, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		f, _ := info.Uses[id].(*types.Func)
		if f == nil {
			return true
		}
		f = f.Origin()
		if api := apis.ForFunc(f); api != nil {
			if api.Pkg == apis.Tracing {
				switch api.Role {
				case apis.Install:
					fn.installs = true
				case apis.Event, apis.SpanStart:
					p.emits = true
				}
			}
			return true
		}
		if f.Pkg() == p.pass.Pkg {
			fn.refs = append(fn.refs, f)
		} else if f.Pkg() != nil && p.pass.ImportObjectFact(f, new(installs)) {
			fn.installs = true
		}
		return true
	})
}

// propagate marks as installing every function that refers to one that
// installs, until nothing changes.
func (p *pkg) propagate() {
	for changed := true; changed; {
		changed = false
		for _, fn := range p.order {
			if !fn.installs && p.anyInstalls(fn.refs) {
				fn.installs = true
				changed = true
			}
		}
	}
}

func (p *pkg) anyInstalls(refs []*types.Func) bool {
	for _, f := range refs {
		if fn := p.funcs[f]; fn != nil && fn.installs {
			return true
		}
	}
	return false
}

// exportFacts exports the package facts, transitive through imports,
// and the installs fact of each installing function.
func (p *pkg) exportFacts() {
	if p.emits || p.importsFact(new(emits)) {
		p.pass.ExportPackageFact(new(emits))
	}
	if p.installedAtInit() {
		p.pass.ExportPackageFact(new(installs))
	}
	any := false
	for _, fn := range p.order {
		if fn.installs {
			p.pass.ExportObjectFact(fn.obj, new(installs))
			any = true
		}
	}
	if any {
		p.pass.ExportPackageFact(new(installers))
	}
}

// installedAtInit reports whether a subscriber is installed before main
// runs: by this package's initialization or an imported package's.
func (p *pkg) installedAtInit() bool { return p.installs || p.importsFact(new(installs)) }

// importsFact reports whether a package imported directly carries the
// package fact (facts are transitive: direct imports suffice).
func (p *pkg) importsFact(fact analysis.Fact) bool {
	for _, imp := range p.pass.Pkg.Imports() {
		if p.pass.ImportPackageFact(imp, fact) {
			return true
		}
	}
	return false
}

func isTest(pass *analysis.Pass, file *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(file.Pos()).Name(), "_test.go")
}

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
		Message: "events from this program go nowhere: main never installs a tracing subscriber",
	}
	body := main.Body
	name, edits, ok := fix.Import(p.pass, file, body.Lbrace+1, apis.Tracing, "tracing")
	if ok {
		call := name + ".Init()"
		// Insert a line of its own after the line of the brace, which
		// may end with a comment; func main() {} becomes a block.
		edit := analysis.TextEdit{Pos: body.Lbrace + 1, End: body.Lbrace + 1, NewText: []byte("\n\t" + call + "\n")}
		if l := p.line(body.Lbrace); l < p.line(body.Rbrace) {
			start := p.pass.Fset.File(body.Lbrace).LineStart(l + 1)
			edit = analysis.TextEdit{Pos: start, End: start, NewText: []byte("\t" + call + "\n")}
		}
		edits = append(edits, edit)
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Call " + name + ".Init first in main", TextEdits: edits}}
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
				Message: p.describe(at) + " in init, which runs before main can install a tracing subscriber: " + p.lost(at),
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
		Message: p.describe(at) + " before main installs a tracing subscriber: " + p.lost(at),
	}
	if install != nil {
		if edits := p.moveUp(file, main, install, stmt); edits != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Install the tracing subscriber before the first event",
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
					if api.Pkg == apis.Tracing {
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

// moveUp returns the edits that move the install statement, a plain
// call statement alone on its lines, to just before stmt; or nil when
// that is not safe: the statement is not a plain call, shares a line
// with other code or comments, or uses a variable of main.
func (p *pkg) moveUp(file *ast.File, main *ast.FuncDecl, install, stmt ast.Stmt) []analysis.TextEdit {
	es, ok := install.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	if _, ok := ast.Unparen(es.X).(*ast.CallExpr); !ok {
		return nil
	}
	usesLocal := false
	ast.Inspect(es, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := p.pass.TypesInfo.Uses[id]; obj != nil && main.Body.Pos() <= obj.Pos() && obj.Pos() < main.Body.End() {
				usesLocal = true
			}
		}
		return !usesLocal
	})
	if usesLocal {
		return nil
	}
	tf := p.pass.Fset.File(install.Pos())
	first, last := p.line(install.Pos()), p.line(install.End())
	// The install moves as whole lines: nothing else may share them. The
	// premature statement only needs a line of its own to insert above (a
	// comment after it stays where it is).
	if !p.aloneOnLines(file, main.Body, install, first, last, false) || !p.aloneOnLines(file, main.Body, stmt, p.line(stmt.Pos()), p.line(stmt.Pos()), true) {
		return nil
	}
	if last+1 > tf.LineCount() {
		return nil
	}
	// The install moves with the comment lines just above it, and goes
	// above the comment lines of the first premature statement.
	indent := strings.Repeat("\t", p.pass.Fset.Position(install.Pos()).Column-1)
	var text strings.Builder
	if cg := p.leadingComment(file, main.Body, install); cg != nil {
		first = p.line(cg.Pos())
		for _, c := range cg.List {
			text.WriteString(indent + c.Text + "\n")
		}
	}
	text.WriteString(indent + strings.ReplaceAll(fix.Source(p.pass.Fset, install), "\n", "\n"+indent) + "\n")
	// Between blank lines, the statement takes one of them along, so that
	// no double blank line (not gofmt-clean) is left behind.
	if p.blankAround(file, main.Body, first, last) && last+2 <= tf.LineCount() {
		last++
	}
	del := analysis.TextEdit{Pos: tf.LineStart(first), End: tf.LineStart(last + 1)}
	atLine := p.line(stmt.Pos())
	if cg := p.leadingComment(file, main.Body, stmt); cg != nil {
		atLine = p.line(cg.Pos())
	}
	at := tf.LineStart(atLine)
	return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text.String())}, del}
}

// blankAround reports whether the lines just above first and just below
// last hold neither a statement, a comment, nor a brace of body.
func (p *pkg) blankAround(file *ast.File, body *ast.BlockStmt, first, last int) bool {
	above, below := p.line(body.Lbrace), p.line(body.Rbrace)
	note := func(start, end int) {
		if end < first && end > above {
			above = end
		}
		if start > last && start < below {
			below = start
		}
	}
	for _, s := range body.List {
		note(p.line(s.Pos()), p.line(s.End()))
	}
	for _, cg := range file.Comments {
		if body.Lbrace < cg.Pos() && cg.End() < body.Rbrace {
			note(p.line(cg.Pos()), p.line(cg.End()))
		}
	}
	return first-above >= 2 && below-last >= 2
}

// leadingComment returns the comment group that sits on the lines just
// above stmt, after the statement before it, each comment on a line of
// its own; or nil.
func (p *pkg) leadingComment(file *ast.File, body *ast.BlockStmt, stmt ast.Stmt) *ast.CommentGroup {
	prevLine := p.line(body.Lbrace)
	for _, s := range body.List {
		if s.End() <= stmt.Pos() {
			prevLine = p.line(s.End())
		}
	}
	for _, cg := range file.Comments {
		if p.line(cg.End()) == p.line(stmt.Pos())-1 && p.line(cg.Pos()) > prevLine && cg.Pos() > body.Lbrace {
			for i, c := range cg.List {
				if i > 0 && p.line(c.Pos()) == p.line(cg.List[i-1].End()) {
					return nil // two comments on a line: keep it simple
				}
			}
			return cg
		}
	}
	return nil
}

// aloneOnLines reports whether stmt is the only statement and, unless
// comments are allowed, there is no comment on lines first..last.
func (p *pkg) aloneOnLines(file *ast.File, body *ast.BlockStmt, stmt ast.Stmt, first, last int, comments bool) bool {
	if p.line(body.Lbrace) >= first || p.line(body.Rbrace) <= last {
		return false
	}
	for _, s := range body.List {
		if s != stmt && p.line(s.End()) >= first && p.line(s.Pos()) <= last {
			return false
		}
	}
	if comments {
		return true
	}
	for _, cg := range file.Comments {
		if p.line(cg.End()) >= first && p.line(cg.Pos()) <= last {
			return false
		}
	}
	return true
}

func (p *pkg) line(pos token.Pos) int { return p.pass.Fset.Position(pos).Line }

func isGenerated(pass *analysis.Pass, decl *ast.FuncDecl) bool {
	for _, file := range pass.Files {
		if file.FileStart <= decl.Pos() && decl.Pos() < file.FileEnd {
			return analysisutil.Generated(file) || isTest(pass, file)
		}
	}
	return false
}
