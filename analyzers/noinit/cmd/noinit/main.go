// The noinit command runs the noinit analyzer.
//
// It uses tracelint's driver rather than singlechecker: noinit's facts
// would otherwise make a standalone run type-check every dependency from
// source (see internal/driver).
package main

import (
	"github.com/tracelint/tracelint/analyzers/noinit"
	"github.com/tracelint/tracelint/internal/driver"
)

// stamp lets benchmarks link distinct executables (-X main.stamp=N).
var stamp string

func main() {
	_ = stamp
	driver.Main(noinit.Analyzer)
}
