// The spanend command runs the spanend analyzer alone.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/tracelint/tracelint/analyzers/spanend"
)

func main() { singlechecker.Main(spanend.Analyzer) }
