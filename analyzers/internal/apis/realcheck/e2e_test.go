package realcheck

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/idinmessage"
	"github.com/tracelint/tracelint/analyzers/unloggable"
)

// TestAnalyzersReadRealLibraries runs idinmessage and unloggable on a
// module that logs through the real hclog, logr, klog and go-kit log (testdata/kvlibs,
// which requires the versions this module pins): what the analyzers'
// tests show on the fakes holds on the libraries themselves.
func TestAnalyzersReadRealLibraries(t *testing.T) {
	dir, err := filepath.Abs("testdata/kvlibs")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, idinmessage.Analyzer, "./idin")
	analysistest.Run(t, dir, unloggable.Analyzer, "./unlog")
}
