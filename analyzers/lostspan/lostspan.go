package lostspan

import (
	_ "embed"
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

//go:embed doc.go
var doc string

// Analyzer reports code that drops the context carrying the current span.
var Analyzer = &analysis.Analyzer{
	Name:     "lostspan",
	Doc:      analysisutil.MustExtractDoc(doc, "lostspan"),
	URL:      "https://pkg.go.dev/github.com/tracelint/tracelint/analyzers/lostspan",
	Requires: []*analysis.Analyzer{analysisutil.Inspect, analysisutil.Calls},
	Run:      run,

	// Editors run it on code being typed: a report needs only the
	// spawn or call and the contexts it names to resolve; code that does
	// not is left alone (testdata/src/broken).
	RunDespiteErrors: true,
}

// ctxless is the -lostspan.ctxless flag: report context-less events
// outside goroutines too.
var ctxless bool

func init() {
	Analyzer.Flags.BoolVar(&ctxless, "ctxless", false,
		"also report context-less events (slog.Info) outside goroutines when a context is in scope, and contexts that show no sign of carrying a span (package main's contexts from context.Background)")
}

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[analysisutil.Inspect].(*inspector.Inspector)
	if in == nil {
		return nil, nil // no call of a known API, no go statement (analysisutil.Inspect)
	}
	w := &walker{
		pass:       pass,
		calls:      pass.ResultOf[analysisutil.Calls].(*apis.Calls),
		ctxless:    ctxless,
		main:       pass.Pkg.Name() == "main",
		spawnRoots: make(map[ast.Node]bool),
	}
	walk := func() { in.WithStack(nil, w.visit) }
	if w.main {
		w.inferParams(walk)
	}
	walk()
	return nil, nil
}
