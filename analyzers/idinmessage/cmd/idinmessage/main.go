// The idinmessage command runs the idinmessage analyzer alone.
//
//	go vet -vettool=$(which idinmessage) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/tracelint/tracelint/analyzers/idinmessage"
)

func main() { singlechecker.Main(idinmessage.Analyzer) }
