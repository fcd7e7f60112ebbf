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
var FactScope = apis.InstallablePkgs()

// emits is the package fact of a package that emits tracing events or
// starts spans, itself or through a package it imports.
type emits struct{}

func (*emits) AFact() {}

func (*emits) String() string { return "emits" }

// installs is the fact of a function that installs a tracing subscriber
// (directly or through functions that install), and the package fact of
// a package whose initialization (its own or that of an import)
// installs one.
type installs struct{}

func (*installs) AFact() {}

func (*installs) String() string { return "installs" }

// installers is the package fact of a package that has functions with
// the installs fact. With emits and installs, it marks every package
// whose importers must not skip the analysis: under go vet, a package
// loaded from export data does not list all its imports, so the import
// graph alone cannot tell that a package depends on tracing.
type installers struct{}

func (*installers) AFact() {}

func (*installers) String() string { return "installers" }

func run(pass *analysis.Pass) (any, error) {
	// The runtime itself emits and installs internally: that says
	// nothing about its users. A package that does not depend on it
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
// depends on an installable library (the tracing runtime) as far as its import graph shows, or a package it
// imports carries one of the package facts.
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
