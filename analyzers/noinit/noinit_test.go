package noinit_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/noinit"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestLibraries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), noinit.Analyzer, "emitter", "wrapper", "installer", "initinstaller")
}

func TestNoInstall(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), noinit.Analyzer, "noinstall", "noinstalldirect", "emptymain")
}

func TestSilent(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), noinit.Analyzer,
		"okdirect", "okhelper", "okfact", "okpkginit", "okmaininit", "okslog", "oknoemit", "okreference", "okdefer", "withtest")
}

func TestPremature(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), noinit.Analyzer,
		"early", "earlycomment", "earlyhelper", "earlygo", "earlyspawn", "earlynofix", "earlylocal", "deferinstall")
}

func TestInit(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), noinit.Analyzer, "initemits")
}

// TestFixedIsSilent runs the analyzer again on the output of every fix
// (the packages with .golden files): a fix must not draw a new
// diagnostic.
func TestFixedIsSilent(t *testing.T) {
	testdata := analysistest.TestData()
	goldens, err := filepath.Glob(filepath.Join(testdata, "src", "*", "*.go.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	var pkgs []string
	for _, g := range goldens {
		if pkg := filepath.Base(filepath.Dir(g)); !slices.Contains(pkgs, pkg) {
			pkgs = append(pkgs, pkg)
		}
	}
	results := analysistest.Run(&recorder{}, testdata, noinit.Analyzer, pkgs...)
	fixedtest.Check(t, testdata, noinit.Analyzer, results, pkgs...)
}

type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
