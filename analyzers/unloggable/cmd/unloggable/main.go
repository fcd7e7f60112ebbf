// The unloggable command runs the unloggable analyzer alone.
package main

import (
	"github.com/tracelint/tracelint/analyzers/unloggable"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(unloggable.Analyzer) }
