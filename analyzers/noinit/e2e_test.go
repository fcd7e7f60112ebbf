package noinit_test

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The modes in which the end-to-end tests run cmd/noinit: under go vet
// (facts travel in .vetx files), standalone on the driver's fast path,
// and standalone on multichecker's full load (-debug= leaves the fast
// path).
var modes = []struct {
	name string
	args []string // after the tool
}{
	{"vet", []string{"go", "vet", "-vettool=TOOL", "./..."}},
	{"standalone", []string{"TOOL", "./..."}},
	{"full load", []string{"TOOL", "-debug=", "./..."}},
}

// buildTool builds cmd/noinit.
func buildTool(t *testing.T) string {
	t.Helper()
	tool := filepath.Join(t.TempDir(), "noinit")
	if out, err := exec.Command("go", "build", "-o", tool, "./cmd/noinit").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return tool
}

// runTool runs args (TOOL stands for tool) in dir and checks that the
// output holds each of want, and no other diagnostic of noinit.
func runTool(t *testing.T, tool, dir string, args []string, want ...string) {
	t.Helper()
	args = strings.Fields(strings.ReplaceAll(strings.Join(args, " "), "TOOL", tool))
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err == nil && len(want) > 0 {
		t.Errorf("%s succeeded; want diagnostics", args)
	}
	if err != nil && len(want) == 0 {
		t.Errorf("%s: %v; want no diagnostic", args, err)
	}
	out := stderr.String()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s: output lacks %q:\n%s", args, w, out)
		}
	}
	if n := strings.Count(out, "go nowhere"); n != len(want) {
		t.Errorf("%s: %d diagnostics, want %d:\n%s", args, n, len(want), out)
	}
}

// TestEndToEnd runs cmd/noinit on testdata/vetmod, a module whose main
// emits only through another package: in every mode, it must report
// app's main, and only it.
func TestEndToEnd(t *testing.T) {
	tool := buildTool(t)
	const want = "app/main.go:10:6: events from this program go nowhere: main never installs a tracing subscriber"
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			runTool(t, tool, filepath.Join("testdata", "vetmod"), m.args, want)
		})
	}
}

// TestModuleRule runs cmd/noinit on the modules of testdata/modrule,
// where only the uses of zap's globals and of OpenTelemetry's global
// provider in the main package's own module count (analysistest's
// packages have no module). In app, fires logs through zap.L() in a
// package of its module and otelfires starts a span through otel.Tracer:
// reported; quiet uses a package of another module (dep/client) that
// does both, and sdk starts spans from a provider it holds: not
// reported. In app2, helper installs both through a package of another
// module (dep/setup): not reported; standalone, the driver's first load
// leaves dep/setup out, and the second load brings it in.
func TestModuleRule(t *testing.T) {
	tool := buildTool(t)
	app := []string{
		"cmd/fires/main.go:7:6: events from this program go nowhere: main never installs a zap global logger; " +
			"zap.L() and zap.S() are no-ops until zap.ReplaceGlobals (choosing the logger is yours, so there is no fix)",
		"cmd/otelfires/main.go:11:6: spans from this program go nowhere: main never installs an OpenTelemetry tracer provider; " +
			"every span is a no-op until otel.SetTracerProvider (choosing the exporter is yours, so there is no fix)",
	}
	dir := filepath.Join("testdata", "modrule")
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			runTool(t, tool, filepath.Join(dir, "app"), m.args, app...)
			runTool(t, tool, filepath.Join(dir, "app2"), m.args)
		})
	}
	t.Run("standalone ./cmd/...", func(t *testing.T) {
		// Not the whole main module: the driver's graph pass.
		runTool(t, tool, filepath.Join(dir, "app"), []string{"TOOL", "./cmd/..."}, app...)
		runTool(t, tool, filepath.Join(dir, "app2"), []string{"TOOL", "./cmd/..."})
	})
}
