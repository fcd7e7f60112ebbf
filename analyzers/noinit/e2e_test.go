package noinit_test

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestEndToEnd builds cmd/noinit and runs it on testdata/vetmod, a
// module whose main emits only through another package: under go vet
// (facts travel in .vetx files), standalone on the driver's fast path,
// and standalone on multichecker's full load (-debug= leaves the fast
// path). All three must report app's main, and only it.
func TestEndToEnd(t *testing.T) {
	tool := filepath.Join(t.TempDir(), "noinit")
	if out, err := exec.Command("go", "build", "-o", tool, "./cmd/noinit").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const want = "app/main.go:10:6: events from this program go nowhere: main never installs a tracing subscriber"
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"vet", []string{"go", "vet", "-vettool=" + tool, "./..."}},
		{"standalone", []string{tool, "./..."}},
		{"full load", []string{tool, "-debug=", "./..."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(tc.args[0], tc.args[1:]...)
			cmd.Dir = filepath.Join("testdata", "vetmod")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			if err == nil {
				t.Errorf("%s succeeded; want a diagnostic", tc.args)
			}
			out := stderr.String()
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q:\n%s", tc.args, want, out)
			}
			if n := strings.Count(out, "go nowhere"); n != 1 {
				t.Errorf("%s: %d diagnostics, want 1:\n%s", tc.args, n, out)
			}
		})
	}
}
