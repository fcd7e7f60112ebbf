package noinit

import (
	_ "embed"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports programs that emit events or spans through the
// process-wide default of a library (the tracing runtime's subscriber,
// zap's global logger, OpenTelemetry's global tracer provider) but never
// install it, or install it too late.
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
// computes no fact about the libraries every use of which counts (the
// tracing runtime): a driver may analyse only the dependencies that
// import one of them, directly or not, and load every other dependency
// from export data (see internal/driver).
var FactScope = apis.DefaultPkgs(false)

// ModuleScope lists the packages of the libraries whose uses count only
// in the main package's module (OwnModule: zap's globals, OpenTelemetry's
// global provider). Of the dependents of these packages, a driver must
// analyse those of the main module (their emits facts), and of the other
// modules only those that may install: that refer, directly or through
// their imports, to one of ModuleInstalls. (A package of the main
// module that the program reaches only through a package of another
// module, a cycle of modules, may then go unseen.) Every diagnostic that
// the installers of other modules could take back carries a category
// for which [Unsure] is true, so that a driver that did not analyse them
// can run again with them.
var ModuleScope = apis.DefaultPkgs(true)

// ModuleInstalls maps each package of ModuleScope with Install rows to
// the names of its install functions: a package of another module can
// install only if one of these names appears in its source or in that of
// a package it imports.
var ModuleInstalls = moduleInstalls()

func moduleInstalls() map[string][]string {
	m := make(map[string][]string)
	for _, r := range apis.Rows() {
		if r.Role == apis.Install && r.Lib.OwnModule {
			m[r.Pkg] = append(m[r.Pkg], r.Name)
		}
	}
	return m
}

// Unsure reports whether d is a diagnostic of noinit about a library of
// ModuleScope: one that an installer of another module, had it been
// analysed, might take back.
func Unsure(d analysis.Diagnostic) bool {
	for _, l := range installables {
		if l.OwnModule && d.Category == category(l) {
			return true
		}
	}
	return false
}

// category is the Category of the diagnostics about l: "" for the
// libraries whose every use counts (their diagnostics stay as they were
// before the others joined), l's name in lower case, without spaces,
// for the others ("zap", "opentelemetry").
func category(l *apis.Library) string {
	if !l.OwnModule {
		return ""
	}
	return strings.ToLower(strings.ReplaceAll(l.Name, " ", ""))
}

// installables are the libraries a program installs, in table order:
// bit i of a libs stands for installables[i].
var installables = apis.Installables()

// libs is a set of installable libraries.
type libs uint32

// libOf returns the set holding l alone, or nothing if l is not
// installable.
func libOf(l *apis.Library) libs {
	for i, x := range installables {
		if x == l {
			return 1 << i
		}
	}
	return 0
}

// String lists the names of the libraries of s in table order, joined
// by ", ".
func (s libs) String() string {
	var names []string
	for i, l := range installables {
		if s&(1<<i) != 0 {
			names = append(names, l.Name)
		}
	}
	return strings.Join(names, ", ")
}

// emits is the package fact of a package that emits events or starts
// spans through the process-wide default of an installable library,
// itself or through a package it imports: one use per library and, for
// an OwnModule library, per module whose code emits.
type emits struct{ Uses []use }

// A use says that code of Module emits through the default of the Lib'th
// installable library. Module is "" for a library whose every use
// counts, and for a package of no known module.
type use struct {
	Lib    uint8
	Module string
}

func (*emits) AFact() {}

func (f *emits) String() string {
	var b strings.Builder
	b.WriteString("emits ")
	for i, u := range f.Uses {
		if i > 0 {
			b.WriteString(", ")
		}
		if int(u.Lib) < len(installables) {
			b.WriteString(installables[u.Lib].Name)
		}
		if u.Module != "" {
			b.WriteString(" in " + u.Module)
		}
	}
	return b.String()
}

// installs is the fact of a function that installs the defaults of Libs
// (directly or through functions that install), and the package fact of
// a package whose initialization (its own or that of an import)
// installs them.
type installs struct{ Libs libs }

func (*installs) AFact() {}

func (f *installs) String() string { return "installs " + f.Libs.String() }

// installers is the package fact of a package that has functions with
// the installs fact. With emits and installs, it marks every package
// whose importers must not skip the analysis: under go vet, a package
// loaded from export data does not list all its imports, so the import
// graph alone cannot tell that a package depends on tracing.
//
// It is transitive, and says which libraries those functions install:
// for a library of the OwnModule kind, a program that links an installer
// is not reported even when main does not call it (see checkMain).
type installers struct{ Libs libs }

func (*installers) AFact() {}

func (*installers) String() string { return "installers" }

func run(pass *analysis.Pass) (any, error) {
	// The libraries themselves emit and install internally: that says
	// nothing about their users. A package that depends on none of them
	// can have no fact (the fast path of almost every dependency).
	if apis.IsInstallablePkg(pass.Pkg.Path()) || !dependsOnInstallable(pass) {
		return nil, nil
	}
	p := scan(pass)
	p.exportFacts()
	if pass.Pkg.Name() == "main" && !strings.HasSuffix(pass.Pkg.Path(), ".test") {
		p.checkMain()
	}
	return nil, nil
}

// dependsOnInstallable reports whether pass.Pkg may emit or install: it
// depends on a package of FactScope or ModuleScope as far as its import
// graph shows, or a package it imports carries one of the package facts.
func dependsOnInstallable(pass *analysis.Pass) bool {
	if apis.UsesInstallable(pass.Pkg) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(emits)) || pass.ImportPackageFact(imp, new(installs)) || pass.ImportPackageFact(imp, new(installers)) {
			return true
		}
	}
	return false
}
