// Command tool installs first: nothing to report.
package main

import (
	"context"

	"example.com/vetmod/lib"
	"github.com/tracelint/tracelint/tracing"
)

func main() {
	tracing.Init()
	lib.Work(context.Background())
}
