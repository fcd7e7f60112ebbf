package noinit_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

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
// (the .golden files, without their expectations): a fix must not draw
// a new diagnostic.
func TestFixedIsSilent(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(analysistest.TestData())); err != nil {
		t.Fatal(err)
	}
	goldens, err := filepath.Glob(filepath.Join(dir, "src", "*", "*.go.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	want := regexp.MustCompile(`// want .*`)
	var pkgs []string
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		data = want.ReplaceAll(data, nil)
		if err := os.WriteFile(strings.TrimSuffix(g, ".golden"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, filepath.Base(filepath.Dir(g)))
	}
	rec := &recorder{}
	analysistest.Run(rec, dir, noinit.Analyzer, pkgs...)
	installs := false
	for _, msg := range rec.errors {
		// Facts are not expected any more: only diagnostics matter,
		// and the new "installs" facts show that the analysis ran.
		if strings.Contains(msg, "diagnostic") {
			t.Error(msg)
		}
		installs = installs || strings.Contains(msg, "unexpected fact") && strings.Contains(msg, "installs")
	}
	if !installs {
		t.Errorf("no fixed program installs a subscriber; errors: %q", rec.errors)
	}
}

type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
