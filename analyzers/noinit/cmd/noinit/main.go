// The noinit command runs the noinit analyzer.
package main

import (
	"github.com/tracelint/tracelint/analyzers/noinit"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(noinit.Analyzer) }
