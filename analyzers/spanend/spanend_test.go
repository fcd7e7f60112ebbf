package spanend_test

import (
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/spanend"
)

// Test checks the diagnostics (want comments) and fixes (.golden files)
// of every package, and that the fixed code draws no new diagnostic.
func Test(t *testing.T) {
	fixedtest.Run(t, spanend.Analyzer, "otelend", "tracingend", "loopnest", "wrapend")
}

// TestBroken runs the analyzer on a package that does not type-check,
// as editors do: it must not panic, and reports what it can resolve.
func TestBroken(t *testing.T) {
	fixedtest.Broken(t, spanend.Analyzer, "broken")
}

// TestErrors checks -spanend.errors: OpenTelemetry spans whose function
// returns an error without recording it.
func TestErrors(t *testing.T) {
	fixedtest.SetFlag(t, spanend.Analyzer, "errors", "true")
	fixedtest.Run(t, spanend.Analyzer, "otelerrors")
}
