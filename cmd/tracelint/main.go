// The tracelint command runs tracelint's analyzers: alone, under go vet,
// and under go fix.
//
//	tracelint ./...                        # report
//	tracelint -fix ./...                   # apply the suggested fixes
//	tracelint -fix -diff ./...             # show them as a diff
//	tracelint -json ./...                  # report as JSON
//	tracelint -idinmessage ./...           # run only the analyzers named
//	tracelint -idinmessage.keycase=camel ./...
//	tracelint -wrappers='example.com/app/log.{Info,Warn}=slog' ./...
//	go vet -vettool=$(which tracelint) ./...
//	go vet -vettool=$(which tracelint) -fix ./...
//	go fix -fixtool=$(which tracelint) ./...
//
// Run "tracelint help" for the list of analyzers and their flags.
//
// The command is x/tools' multichecker over the one list of analyzers in
// analyzers/suite (add an analyzer there); the go vet and go fix
// protocols come with it. A plain standalone run takes a cheaper load
// (internal/driver): only the packages that can carry noinit's facts are
// type-checked from source.
package main

import (
	"flag"

	"github.com/tracelint/tracelint/analyzers/suite"
	"github.com/tracelint/tracelint/internal/driver"
)

func main() {
	suite.RegisterFlags(flag.CommandLine)
	driver.Main(suite.Analyzers()...)
}
