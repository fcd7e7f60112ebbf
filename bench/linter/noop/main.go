// Command noop is the floor of the linter-speed harness: a go/analysis
// driver whose single analyzer requires nothing, declares no facts and
// reports nothing. Run standalone (noop ./...) it costs what loading and
// type-checking the packages costs; run as go vet -vettool it costs what
// vet's per-package protocol costs. tracelint is measured against it.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// stamp exists so that the harness can give each cold build a new
// executable (and so a new vet tool ID) with -ldflags=-X=main.stamp=N.
var stamp string

var analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop: does nothing; the floor for linter-speed measurements",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	_ = stamp
	singlechecker.Main(analyzer)
}
