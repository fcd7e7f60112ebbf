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
		"also report context-less events (slog.Info) outside goroutines when a context is in scope")
}

func run(pass *analysis.Pass) (any, error) {
	if !apis.Uses(pass.Pkg) {
		return nil, nil
	}
	w := &walker{pass: pass, calls: pass.ResultOf[analysisutil.Calls].(*apis.Calls), ctxless: ctxless, spawnRoots: make(map[ast.Node]bool)}
	pass.ResultOf[analysisutil.Inspect].(*inspector.Inspector).WithStack(nil, w.visit)
	return nil, nil
}
