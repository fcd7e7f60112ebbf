package noinit

import (
	"cmp"
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"golang.org/x/tools/go/analysis"
)

// A function of the package being analysed.
type function struct {
	decl     *ast.FuncDecl
	obj      *types.Func
	installs libs          // the libraries it installs: it refers to their installs, or to functions that install them
	refs     []*types.Func // functions of this package it refers to
}

// pkg holds what one walk over the package's syntax learned.
type pkg struct {
	pass   *analysis.Pass
	module string // the path of the package's module, "" when unknown

	funcs    map[*types.Func]*function
	order    []*function // in source order
	emits    libs        // the package's own code emits through their defaults
	installs libs        // its init functions or variable initializers install them
	varInits libs        // its variable initializers install them (before any init)

	initFuncs []*function // the init functions, in source order

	// emitsNow memoizes function.emitsNow: true, false, or absent.
	emitsNow map[emitKey]bool
	uses     []use // memoizes allUses

	// linked are the libraries that some function of this package, or
	// of a package it imports directly or not, installs.
	linked libs
}

type emitKey struct {
	f   *types.Func
	lib *apis.Library
}

// scan walks the package's non-test files once, recording for each
// function which libraries it installs and which functions of the
// package it refers to, then propagates installs through those
// references. A reference (not only a call) counts: sync.Once.Do(setup)
// installs as surely as setup().
func scan(pass *analysis.Pass) *pkg {
	p := &pkg{pass: pass, module: modulePath(pass), funcs: make(map[*types.Func]*function), emitsNow: make(map[emitKey]bool)}
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
		p.installs |= fn.installs | p.installsOf(fn.refs)
	}
	p.varInits = varInit.installs | p.installsOf(varInit.refs)
	p.installs |= p.varInits
	return p
}

// modulePath returns the path of the module of the package being
// analysed: pass.Module, which go vet fills from its configuration and
// go/packages drivers from the package's module; "" when there is none
// (GOPATH mode, analysistest) or it is not known.
func modulePath(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
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
				fn.installs |= libOf(api.Lib)
			case api.Global:
				p.emits |= libOf(api.Lib)
			}
			return true
		}
		if f.Pkg() == p.pass.Pkg {
			fn.refs = append(fn.refs, f)
		} else if f.Pkg() != nil {
			var fact installs
			if p.pass.ImportObjectFact(f, &fact) {
				fn.installs |= fact.Libs
			}
		}
		return true
	})
}

// propagate adds to each function the libraries that the functions it
// refers to install, until nothing changes.
func (p *pkg) propagate() {
	for changed := true; changed; {
		changed = false
		for _, fn := range p.order {
			if l := fn.installs | p.installsOf(fn.refs); l != fn.installs {
				fn.installs = l
				changed = true
			}
		}
	}
}

// installsOf returns the libraries that the functions refs, of this
// package, install.
func (p *pkg) installsOf(refs []*types.Func) libs {
	var l libs
	for _, f := range refs {
		if fn := p.funcs[f]; fn != nil {
			l |= fn.installs
		}
	}
	return l
}

// exportFacts exports the package facts, transitive through imports,
// and the installs fact of each installing function.
func (p *pkg) exportFacts() {
	if uses := p.allUses(); len(uses) > 0 {
		p.pass.ExportPackageFact(&emits{Uses: uses})
	}
	if l := p.installedAtInit(); l != 0 {
		p.pass.ExportPackageFact(&installs{Libs: l})
	}
	var linked libs
	for _, fn := range p.order {
		if fn.installs != 0 {
			p.pass.ExportObjectFact(fn.obj, &installs{Libs: fn.installs})
			linked |= fn.installs
		}
	}
	for _, imp := range p.pass.Pkg.Imports() {
		var fact installers
		if p.pass.ImportPackageFact(imp, &fact) {
			linked |= fact.Libs
		}
	}
	p.linked = linked
	if linked != 0 {
		p.pass.ExportPackageFact(&installers{Libs: linked})
	}
}

// allUses returns the uses of this package's own code and those of the
// emits facts of its imports (facts are transitive: direct imports
// suffice), sorted and without repeats.
func (p *pkg) allUses() []use {
	if p.uses != nil {
		return p.uses
	}
	var uses []use
	for i, l := range installables {
		if p.emits&(1<<i) != 0 {
			u := use{Lib: uint8(i)}
			if l.OwnModule {
				u.Module = p.module
			}
			uses = append(uses, u)
		}
	}
	for _, imp := range p.pass.Pkg.Imports() {
		var fact emits
		if p.pass.ImportPackageFact(imp, &fact) {
			uses = append(uses, fact.Uses...)
		}
	}
	slices.SortFunc(uses, func(a, b use) int {
		if c := cmp.Compare(a.Lib, b.Lib); c != 0 {
			return c
		}
		return strings.Compare(a.Module, b.Module)
	})
	p.uses = slices.Compact(uses)
	if p.uses == nil {
		p.uses = []use{}
	}
	return p.uses
}

// installedAtInit returns the libraries installed before main runs: by
// this package's initialization or an imported package's.
func (p *pkg) installedAtInit() libs { return p.installs | p.importedInstalls() }

// importedInstalls returns the libraries that the initialization of
// the packages imported directly installs (facts are transitive: direct
// imports suffice).
func (p *pkg) importedInstalls() libs {
	var l libs
	for _, imp := range p.pass.Pkg.Imports() {
		var fact installs
		if p.pass.ImportPackageFact(imp, &fact) {
			l |= fact.Libs
		}
	}
	return l
}

func isTest(pass *analysis.Pass, file *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(file.Pos()).Name(), "_test.go")
}
