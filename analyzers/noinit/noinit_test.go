package noinit_test

import (
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/noinit"
)

// Each test runs the analyzer on its packages: the diagnostics and facts
// must match the want comments, the fixes the .golden files, and the
// fixed code must draw no new diagnostic.

func TestLibraries(t *testing.T) {
	fixedtest.Run(t, noinit.Analyzer, "emitter", "wrapper", "installer", "initinstaller")
}

func TestNoInstall(t *testing.T) {
	fixedtest.Run(t, noinit.Analyzer, "noinstall", "noinstalldirect", "emptymain")
}

func TestSilent(t *testing.T) {
	fixedtest.Run(t, noinit.Analyzer,
		"okdirect", "okhelper", "okfact", "okpkginit", "okmaininit", "okslog", "oknoemit", "okreference", "okdefer", "withtest")
}

func TestPremature(t *testing.T) {
	fixedtest.Run(t, noinit.Analyzer,
		"early", "earlycomment", "earlyhelper", "earlygo", "earlyspawn", "earlynofix", "earlylocal", "deferinstall")
}

func TestInit(t *testing.T) {
	fixedtest.Run(t, noinit.Analyzer, "initemits")
}

func TestZap(t *testing.T) {
	fixedtest.Run(t, noinit.Analyzer,
		"zapnoinstall", "zaplib", "zapindirect", "zapok", "zapdefer", "zaplocal", "zapearly", "zapearlyfix", "zapinit",
		"zapinstaller", "zaphelper")
}

func TestOpenTelemetry(t *testing.T) {
	fixedtest.Run(t, noinit.Analyzer, "otelnoinstall", "otelsdk", "otelok", "otelearly", "otelinstaller", "otelhelper", "otellinked", "zaplinked")
}

func TestMixed(t *testing.T) {
	fixedtest.Run(t, noinit.Analyzer, "mixedzap", "mixedtracing")
}
