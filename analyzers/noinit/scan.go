package noinit

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"golang.org/x/tools/go/analysis"
)

// A function of the package being analysed.
type function struct {
	decl     *ast.FuncDecl
	obj      *types.Func
	installs bool          // refers to an install, or to a function that installs
	refs     []*types.Func // functions of this package it refers to
}

// pkg holds what one walk over the package's syntax learned.
type pkg struct {
	pass *analysis.Pass
	lib  *apis.Library // the library that main must install

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
	p := &pkg{pass: pass, lib: apis.Installables()[0], funcs: make(map[*types.Func]*function), emitsNow: make(map[*types.Func]bool)}
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
			switch {
			case api.Role == apis.Install:
				fn.installs = true
			case api.Global:
				p.emits = true
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
