// The lostspan command runs the lostspan analyzer alone.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/tracelint/tracelint/analyzers/lostspan"
)

func main() { singlechecker.Main(lostspan.Analyzer) }
