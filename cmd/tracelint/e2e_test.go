package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The end-to-end test builds tracelint and runs it on the module in
// testdata/vet (example.com/vetdemo, which uses the real runtime through
// a replace directive): standalone, with -json, -fix and -diff, and as
// the tool of go vet -vettool and go fix -fixtool. Standalone runs,
// -fix and -diff included, take internal/driver's fast path. Each run
// gets a fresh copy of the module. Nothing reaches the network:
// GOPROXY=off.

// The diagnostics of the module, positions relative to its root.
var wantDiagnostics = []string{
	"shop/shop.go:21:34: o.ID is formatted into the span name, making one span class per value; record it as a field so the name identifies the class",
	"shop/shop.go:23:20: o.Items is formatted into the message; record it as a field so it can be queried",
	"shop/shop.go:24:24: userID is formatted into the message; record it as a field so it can be queried",
	// through applog.Info, a wrapper of slog in another package (a fact)
	"shop/shop.go:29:14: o.ID is formatted into the message; record it as a field so it can be queried",
}

var wantFixes = []string{"Record o.ID as a field", "Record o.Items as a field", "Record userID as a field", "Record o.ID as a field"}

func TestEndToEnd(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "tracelint")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "vet", "shop", "shop.go.golden"))
	if err != nil {
		t.Fatal(err)
	}
	original, err := os.ReadFile(filepath.Join("..", "..", "testdata", "vet", "shop", "shop.go"))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("standalone", func(t *testing.T) {
		dir := demo(t)
		r := run(t, dir, bin, "./...")
		r.wantExit(t, 3) // multichecker: diagnostics were reported
		if got := diagnostics(r.stderr, dir); !slices.Equal(got, wantDiagnostics) {
			t.Errorf("diagnostics:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(wantDiagnostics, "\n\t"))
		}

		// Only the analyzer named by its enable flag runs.
		r = run(t, dir, bin, "-idinmessage=false", "./...")
		r.wantExit(t, 0)
		if r.stderr != "" {
			t.Errorf("-idinmessage=false still reports:\n%s", r.stderr)
		}
	})

	t.Run("json", func(t *testing.T) {
		dir := demo(t)
		r := run(t, dir, bin, "-json", "./...")
		r.wantExit(t, 0) // with -json the exit code is 0
		var tree map[string]map[string][]struct {
			Posn           string `json:"posn"`
			Message        string `json:"message"`
			SuggestedFixes []struct {
				Message string `json:"message"`
				Edits   []struct {
					New string `json:"new"`
				} `json:"edits"`
			} `json:"suggested_fixes"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
			t.Fatalf("-json output: %v\n%s", err, r.stdout)
		}
		pkg := tree["example.com/vetdemo/shop"]
		if len(tree) != 1 || len(pkg) != 1 {
			t.Fatalf("-json reports %d packages, want only shop with idinmessage only:\n%s", len(tree), r.stdout)
		}
		var got, fixes []string
		for _, d := range pkg["idinmessage"] {
			got = append(got, strings.TrimPrefix(d.Posn, dir+string(filepath.Separator))+": "+d.Message)
			for _, f := range d.SuggestedFixes {
				fixes = append(fixes, f.Message)
			}
		}
		if !slices.Equal(got, wantDiagnostics) {
			t.Errorf("-json diagnostics:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(wantDiagnostics, "\n\t"))
		}
		if !slices.Equal(fixes, wantFixes) {
			t.Errorf("-json fixes = %q, want %q", fixes, wantFixes)
		}
	})

	t.Run("diff", func(t *testing.T) {
		dir := demo(t)
		r := run(t, dir, bin, "-fix", "-diff", "./...")
		r.wantExit(t, 0)
		for _, line := range []string{
			"-\t\"fmt\"",
			"+\tctx, span := tracing.Start(ctx, \"place order\", tracing.String(\"order_id\", o.ID))",
			"+\tslog.InfoContext(ctx, \"User placed an order\", \"user_id\", userID)",
		} {
			if !strings.Contains(r.stdout, line+"\n") {
				t.Errorf("-diff output lacks %q:\n%s", line, r.stdout)
			}
		}
		wantFile(t, dir, original) // -diff writes nothing

		// The fast path (internal/driver) prints what multichecker's
		// own -fix -diff prints (a profile flag takes the latter).
		slow := run(t, dir, bin, "-cpuprofile="+filepath.Join(t.TempDir(), "cpu"), "-fix", "-diff", "./...")
		slow.wantExit(t, 0)
		if slow.stdout != r.stdout {
			t.Errorf("-fix -diff:\n%s\nmultichecker's:\n%s", r.stdout, slow.stdout)
		}

		// Analyzer flags: -idinmessage.keycase.
		r = run(t, dir, bin, "-idinmessage.keycase=camel", "-fix", "-diff", "./...")
		r.wantExit(t, 0)
		if !strings.Contains(r.stdout, `"userId", userID`) {
			t.Errorf("-idinmessage.keycase=camel: no camelCase key in\n%s", r.stdout)
		}
	})

	t.Run("fix", func(t *testing.T) {
		dir := demo(t)
		run(t, dir, bin, "-fix", "./...").wantExit(t, 0)
		wantFile(t, dir, golden)
		// The fixed module is clean.
		r := run(t, dir, bin, "./...")
		r.wantExit(t, 0)
		if r.stderr != "" {
			t.Errorf("fixed module still reports:\n%s", r.stderr)
		}
	})

	t.Run("fix leaves what it cannot fix", func(t *testing.T) {
		// A message that is all value has no constant rewrite: -fix
		// applies the other fixes, prints that one as the plain run
		// does, and exits 3.
		dir := t.TempDir()
		files := map[string]string{
			"go.mod": "module example.com/nofix\n\ngo 1.26\n",
			"main.go": `package main

import (
	"fmt"
	"log/slog"
)

func main() {
	id := 7
	err := fmt.Errorf("user %d: boom", id)
	slog.Error(err.Error())
	slog.Info(fmt.Sprintf("user %d logged in", id))
}
`,
		}
		for name, text := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o666); err != nil {
				t.Fatal(err)
			}
		}
		r := run(t, dir, bin, "-fix", "./...")
		r.wantExit(t, 3)
		want := []string{"main.go:11:13: err is formatted into the message; record it as a field so it can be queried"}
		if got := diagnostics(r.stderr, dir); !slices.Equal(got, want) {
			t.Errorf("-fix printed:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
		}
		fixed, err := os.ReadFile(filepath.Join(dir, "main.go"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(fixed), `slog.Info("user logged in", "user_id", id)`) {
			t.Errorf("the fixable diagnostic was not fixed:\n%s", fixed)
		}
		// Again: nothing left to fix, the same one left (a line up: the
		// fmt import went with the fixed message).
		r = run(t, dir, bin, "-fix", "./...")
		r.wantExit(t, 3)
		want = []string{strings.Replace(want[0], "main.go:12:", "main.go:11:", 1)}
		if got := diagnostics(r.stderr, dir); !slices.Equal(got, want) {
			t.Errorf("second -fix printed:\n\t%s", strings.Join(got, "\n\t"))
		}
	})

	t.Run("go vet", func(t *testing.T) {
		dir := demo(t)
		r := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
		r.wantExit(t, 1)
		if got := diagnostics(r.stderr, dir); !slices.Equal(got, wantDiagnostics) {
			t.Errorf("go vet diagnostics:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(wantDiagnostics, "\n\t"))
		}
	})

	t.Run("go vet -fix", func(t *testing.T) {
		dir := demo(t)
		run(t, dir, "go", "vet", "-vettool="+bin, "-fix", "./...").wantExit(t, 0)
		wantFile(t, dir, golden)
		r := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
		r.wantExit(t, 0)
	})

	t.Run("go vet flags", func(t *testing.T) {
		dir := demo(t)
		run(t, dir, "go", "vet", "-vettool="+bin, "-idinmessage.keycase=kebab", "-fix", "./...").wantExit(t, 0)
		got, err := os.ReadFile(filepath.Join(dir, "shop", "shop.go"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(got, []byte(`"order-id", o.ID`)) || !bytes.Contains(got, []byte(`"user-id", userID`)) {
			t.Errorf("go vet -idinmessage.keycase=kebab -fix: no kebab-case keys in\n%s", got)
		}
	})

	t.Run("go fix", func(t *testing.T) {
		dir := demo(t)
		r := run(t, dir, "go", "fix", "-fixtool="+bin, "-diff", "./...")
		r.wantExit(t, 1) // go fix -diff: non-empty diff
		if !strings.Contains(r.stdout, "+\ttracing.Info(ctx, \"order has items\", tracing.Int(\"items\", o.Items))\n") {
			t.Errorf("go fix -diff output:\n%s", r.stdout)
		}
		wantFile(t, dir, original)

		run(t, dir, "go", "fix", "-fixtool="+bin, "./...").wantExit(t, 0)
		wantFile(t, dir, golden)
	})
}

// demo returns a fresh copy of testdata/vet whose replace directive
// points at this repository.
func demo(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(root, "testdata", "vet")
	dst := t.TempDir()
	err = filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o777)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if rel == "go.mod" {
			data = bytes.ReplaceAll(data, []byte("=> ../.."), []byte("=> "+root))
		}
		return os.WriteFile(target, data, 0o666)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

type result struct {
	stdout, stderr string
	exit           int
}

func (r result) wantExit(t *testing.T, code int) {
	t.Helper()
	if r.exit != code {
		t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.exit, code, r.stdout, r.stderr)
	}
}

// run runs a command in dir, offline and outside any workspace.
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.exit = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return r
}

// diagnostics returns the diagnostic lines of output, with positions
// relative to dir.
func diagnostics(output, dir string) []string {
	var lines []string
	for _, l := range strings.Split(output, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		lines = append(lines, strings.TrimPrefix(l, dir+string(filepath.Separator)))
	}
	return lines
}

// wantFile checks the content of shop/shop.go in dir.
func wantFile(t *testing.T, dir string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(dir, "shop", "shop.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("shop/shop.go:\n%s\nwant:\n%s", got, want)
	}
}
