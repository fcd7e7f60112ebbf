package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/suite"
	"github.com/tracelint/tracelint/plugin"
)

// editorArgs is the golangci-lint command line that editor integrations
// run (docs/editors.md gives it to golangci-lint-langserver, which runs it
// in the directory of the file being edited and reads the JSON on stdout).
var editorArgs = []string{"run", "--output.json.path=stdout", "--show-stats=false", "--issues-exit-code=1"}

// vscodeArgs is the command line the VS Code Go extension runs with
// "go.lintTool": "golangci-lint-v2" (its goLint.ts: run, the user's
// go.lintFlags, then these), in the directory of the file being edited. It
// parses the text lines "file:line:col: message (linter)".
var vscodeArgs = []string{"run", "--issues-exit-code=0", "--output.text.print-issued-lines=false",
	"--show-stats=false", "--output.text.path=stdout", "--path-mode=abs"}

// demoDir is the demo package, relative to this module's directory, and
// mistakesDir a package of this module with one mistake per analyzer.
const (
	demoDir     = "../testdata/demo"
	mistakesDir = "testdata/mistakes"
)

// TestGolangciLint builds the custom golangci-lint of this module and runs
// it the way editors and users do, on the demo (with its .golangci.yml) and
// on testdata/mistakes (with the same configuration, which must report
// every analyzer):
//
//   - json: the golangci-lint-langserver command line in the package's
//     directory; the tracelint issues must be exactly the diagnostics the
//     analyzers report when run directly (same settings, read from the
//     .golangci.yml through the plugin), with the bare file names the
//     language server matches on, and exit code 1;
//   - vscode: the VS Code Go extension's command line; one text line per
//     diagnostic, exit code 0;
//   - fix: run --fix on a copy; the files must change exactly as the
//     analyzers' suggested fixes say, stay gofmt-clean, build and vet, and
//     a second run must find nothing left to fix and nothing new;
//   - settings: a misspelt setting stops golangci-lint with the key named.
func TestGolangciLint(t *testing.T) {
	if os.Getenv("TRACELINT_E2E_GOLANGCI") != "1" {
		t.Skip("set TRACELINT_E2E_GOLANGCI=1 to build golangci-lint with the tracelint plugin and run it on testdata/demo")
	}
	bin := filepath.Join(t.TempDir(), "golangci-lint")
	start := time.Now()
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("built %s in %v", bin, time.Since(start).Round(time.Millisecond))

	demo := abs(t, demoDir)
	cfg := filepath.Join(demo, ".golangci.yml")
	t.Run("demo", func(t *testing.T) { checkPackage(t, bin, demo, cfg, true) })
	t.Run("mistakes", func(t *testing.T) { checkPackage(t, bin, abs(t, mistakesDir), cfg, true) })

	t.Run("settings", func(t *testing.T) {
		cfg := filepath.Join(t.TempDir(), "bad.golangci.yml")
		bad := "version: \"2\"\nlinters:\n  default: none\n  enable: [tracelint]\n  settings:\n    custom:\n      tracelint:\n        type: module\n        settings:\n          keycase: camel\n"
		if err := os.WriteFile(cfg, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, append(editorArgs, "--config="+cfg)...)
		cmd.Dir = demo
		cmd.Env = lintEnv(t)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() == 1 || exit.ExitCode() == 0 {
			t.Errorf("misspelt setting: err %v, want a failure exit code other than 1 (issues found)", err)
		}
		if !bytes.Contains(out, []byte(`unknown field "keycase"`)) {
			t.Errorf("misspelt setting: output does not name the key:\n%s", out)
		}
	})
}

// checkPackage runs the json, vscode and fix checks on the package in dir
// with the golangci-lint configuration cfg (found by golangci-lint itself
// when it is dir's own). everyAnalyzer requires a finding from each
// analyzer of the suite.
func checkPackage(t *testing.T, bin, dir, cfg string, everyAnalyzer bool) {
	var extra []string
	if filepath.Dir(cfg) != dir {
		extra = []string{"--config=" + cfg}
	}
	want := analyze(t, dir, cfg)
	for _, a := range suite.Analyzers() {
		if n := want.byAnalyzer[a.Name]; n > 0 {
			t.Logf("%s: %d findings", a.Name, n)
		} else if everyAnalyzer {
			t.Errorf("no %s finding: the package should carry a mistake for every analyzer", a.Name)
		} else {
			t.Logf("%s: no finding", a.Name)
		}
	}

	t.Run("json", func(t *testing.T) {
		rep, code, stderr := runJSON(t, bin, dir, extra)
		if wantCode := min(len(want.findings), 1); code != wantCode {
			t.Errorf("exit code %d, want %d (golangci-lint-langserver reads exit 0 as no issues)\n%s", code, wantCode, stderr)
		}
		var got []string
		for _, is := range rep.Issues {
			if is.FromLinter != plugin.Name {
				t.Errorf("issue from linter %q: the config enables only tracelint: %s", is.FromLinter, is.Text)
				continue
			}
			if is.Pos.Filename != filepath.Base(is.Pos.Filename) {
				t.Errorf("issue file %q is not a name in the run's directory: golangci-lint-langserver matches the bare file name", is.Pos.Filename)
			}
			if len(is.SuggestedFixes) > 1 {
				t.Errorf("%s: %d suggested fixes; golangci-lint applies every one of them", is.key(), len(is.SuggestedFixes))
			}
			got = append(got, is.key())
		}
		diffSets(t, "golangci-lint issues", got, "analyzer diagnostics", want.findings)
	})

	t.Run("vscode", func(t *testing.T) {
		cmd := exec.Command(bin, slices.Concat(vscodeArgs, extra)...)
		cmd.Dir = dir
		cmd.Env = lintEnv(t)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v (VS Code shows nothing for a failing run)\n%s", err, out)
		}
		var lines []string
		if text := strings.TrimSpace(string(out)); text != "" {
			lines = strings.Split(text, "\n")
		}
		for _, f := range want.findings {
			line := filepath.Join(dir, f) + " (" + plugin.Name + ")"
			if !slices.Contains(lines, line) {
				t.Errorf("no line %q in the output:\n%s", line, out)
			}
		}
		if len(lines) != len(want.findings) {
			t.Errorf("%d lines, want %d:\n%s", len(lines), len(want.findings), out)
		}
	})

	t.Run("fix", func(t *testing.T) {
		mod, pkgRel := copyModule(t, dir)
		pkgCopy := filepath.Join(mod, pkgRel)
		cmd := exec.Command(bin, slices.Concat([]string{"run", "--fix", "--show-stats=false"}, extra)...)
		cmd.Dir = pkgCopy
		cmd.Env = lintEnv(t)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
			t.Fatalf("run --fix: %v\n%s", err, out)
		}
		if bytes.Contains(out, []byte("are skipped")) {
			t.Errorf("golangci-lint skipped conflicting fixes:\n%s", out)
		}

		// Every file of the package is as the analyzers' fixes say.
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		changed := 0
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			orig, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(pkgCopy, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			wantText := orig
			if edits := want.edits[e.Name()]; len(edits) > 0 {
				wantText, err = applyEdits(orig, edits)
				if err != nil {
					t.Errorf("%s: the analyzers' fixes conflict (golangci-lint would skip them all): %v", e.Name(), err)
					continue
				}
			}
			if !bytes.Equal(got, wantText) {
				t.Errorf("%s after run --fix:\n%s\nwant (the analyzers' fixes applied):\n%s", e.Name(), got, wantText)
			}
			if !bytes.Equal(got, orig) {
				changed++
				if formatted, err := format.Source(got); err != nil || !bytes.Equal(formatted, got) {
					t.Errorf("%s is not gofmt-clean after run --fix (err %v)", e.Name(), err)
				}
			}
		}
		if want.fixable > 0 && changed == 0 {
			t.Errorf("run --fix changed no file; the analyzers offer %d fixes", want.fixable)
		}

		// The fixed package builds and vets.
		for _, args := range [][]string{{"build", "-o", os.DevNull, "."}, {"vet", "."}} {
			cmd := exec.Command("go", args...)
			cmd.Dir = pkgCopy
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("go %s on the fixed package: %v\n%s", strings.Join(args, " "), err, out)
			}
		}

		// Nothing left to fix, and nothing new.
		rep, _, _ := runJSON(t, bin, pkgCopy, extra)
		for _, is := range rep.Issues {
			if len(is.SuggestedFixes) > 0 {
				t.Errorf("after run --fix, still fixable: %s", is.key())
			}
			if !slices.Contains(want.unfixable, is.Text) {
				t.Errorf("after run --fix, a new issue: %s", is.key())
			}
		}
	})
}

// issue is the part of golangci-lint's JSON issue that editors read.
type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename     string
		Line, Column int
	}
	SuggestedFixes []struct {
		Message   string
		TextEdits []struct {
			Pos, End int
			NewText  []byte
		}
	}
}

func (is issue) key() string {
	return fmt.Sprintf("%s:%d:%d: %s", is.Pos.Filename, is.Pos.Line, is.Pos.Column, is.Text)
}

// runJSON runs the language server's command line (plus extra) in dir.
func runJSON(t *testing.T, bin, dir string, extra []string) (rep struct{ Issues []issue }, code int, stderr string) {
	t.Helper()
	cmd := exec.Command(bin, slices.Concat(editorArgs, extra)...)
	cmd.Dir = dir
	cmd.Env = lintEnv(t)
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	out, err := cmd.Output()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("%s: %v", bin, err)
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("golangci-lint output is not JSON (%v; exit %d):\n%s\nstderr:\n%s", err, code, out, errBuf.String())
	}
	return rep, code, errBuf.String()
}

// lintEnv gives golangci-lint a fresh cache, so that every run really
// runs the analyzers.
func lintEnv(t *testing.T) []string {
	return append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir())
}

// expectation is what the analyzers themselves report on the demo.
type expectation struct {
	findings   []string                  // issue keys as golangci-lint writes them
	byAnalyzer map[string]int            // analyzer name → findings
	edits      map[string][]analysisEdit // file name → the edits of all fixes
	fixable    int                       // diagnostics with a fix
	unfixable  []string                  // texts of diagnostics without one
}

type analysisEdit struct {
	start, end int
	text       string
}

// analyze runs the analyzers, configured by the .golangci.yml cfg through
// the plugin, on the package in dir with the standard checker.
func analyze(t *testing.T, dir, cfgFile string) expectation {
	t.Helper()
	raw, err := os.ReadFile(cfgFile)
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Linters struct {
			Settings struct {
				Custom map[string]struct {
					Type     string
					Settings any
				}
			}
		}
	}
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		t.Fatalf(".golangci.yml: %v", err)
	}
	custom, ok := cfg.Linters.Settings.Custom[plugin.Name]
	if !ok || custom.Type != "module" {
		t.Fatalf(".golangci.yml does not declare %s as a module plugin", plugin.Name)
	}
	p, err := plugin.New(custom.Settings)
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}

	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: true}, ".")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the demo does not load")
	}
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}

	exp := expectation{byAnalyzer: map[string]int{}, edits: map[string][]analysisEdit{}}
	seen := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			pos := fset.Position(d.Pos)
			name := rel(t, dir, pos.Filename)
			text := act.Analyzer.Name + ": " + d.Message
			key := fmt.Sprintf("%s:%d:%d: %s", name, pos.Line, pos.Column, text)
			if seen[key] { // the package and its test variant
				continue
			}
			seen[key] = true
			exp.findings = append(exp.findings, key)
			exp.byAnalyzer[act.Analyzer.Name]++
			for _, r := range d.Related {
				rpos := fset.Position(r.Pos)
				if rpos.Filename != pos.Filename {
					rpos = pos
				}
				exp.findings = append(exp.findings, fmt.Sprintf("%s:%d:%d: %s(related information): %s",
					name, rpos.Line, rpos.Column, act.Analyzer.Name, r.Message))
			}
			checkFixes(t, fset, act.Analyzer, d)
			if len(d.SuggestedFixes) == 0 {
				exp.unfixable = append(exp.unfixable, text)
				continue
			}
			exp.fixable++
			for _, e := range d.SuggestedFixes[0].TextEdits {
				end := e.End
				if !end.IsValid() {
					end = e.Pos
				}
				exp.edits[name] = append(exp.edits[name], analysisEdit{
					start: fset.Position(e.Pos).Offset,
					end:   fset.Position(end).Offset,
					text:  string(e.NewText),
				})
			}
		}
	}
	return exp
}

// checkFixes checks what golangci-lint needs of a diagnostic's fixes: it
// applies every fix, and silently drops edits outside the diagnostic's
// file.
func checkFixes(t *testing.T, fset *token.FileSet, a *analysis.Analyzer, d analysis.Diagnostic) {
	t.Helper()
	where := fmt.Sprintf("%s: %s: %s", fset.Position(d.Pos), a.Name, d.Message)
	if len(d.SuggestedFixes) > 1 {
		t.Errorf("%s: %d suggested fixes, want at most one", where, len(d.SuggestedFixes))
	}
	for _, f := range d.SuggestedFixes {
		if f.Message == "" {
			t.Errorf("%s: a fix without a message", where)
		}
		if len(f.TextEdits) == 0 {
			t.Errorf("%s: fix %q has no edit", where, f.Message)
		}
		for _, e := range f.TextEdits {
			if fset.File(e.Pos) != fset.File(d.Pos) || (e.End.IsValid() && fset.File(e.End) != fset.File(d.Pos)) {
				t.Errorf("%s: fix %q edits %s, outside the diagnostic's file: golangci-lint drops that edit",
					where, f.Message, fset.Position(e.Pos))
			}
		}
	}
}

// applyEdits applies edits as golangci-lint's fixer does: identical edits
// once, sorted by position (insertions at one point in the order given),
// and overlapping edits are an error.
func applyEdits(src []byte, edits []analysisEdit) ([]byte, error) {
	edits = slices.Clone(edits)
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].start != edits[j].start {
			return edits[i].start < edits[j].start
		}
		return edits[i].end < edits[j].end
	})
	edits = slices.Compact(edits)
	var out bytes.Buffer
	last := 0
	for i, e := range edits {
		if i > 0 && edits[i-1].end > e.start {
			return nil, fmt.Errorf("edits %+v and %+v overlap", edits[i-1], e)
		}
		if e.start < last || e.end > len(src) {
			return nil, fmt.Errorf("edit %+v out of range", e)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// copyModule copies what building the package in dir needs into a new
// directory, at the same relative paths: the go.mod (relative replace
// directives made absolute) and go.sum of its module and every directory of
// that module the package depends on, the package itself included. It
// returns the copy's module root and the package's path within it.
func copyModule(t *testing.T, dir string) (string, string) {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps", "-test", "-f", "{{if .Module}}{{if .Module.Main}}{{.Dir}}{{end}}{{end}}", ".")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	cmd = exec.Command("go", "env", "GOMOD")
	cmd.Dir = dir
	gomod, err := cmd.Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))

	dst := t.TempDir()
	copyFile(t, filepath.Join(root, "go.sum"), filepath.Join(dst, "go.sum"))
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	mf, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range mf.Replace {
		if modfile.IsDirectoryPath(r.New.Path) && !filepath.IsAbs(r.New.Path) {
			if err := mf.AddReplace(r.Old.Path, r.Old.Version, filepath.Join(root, r.New.Path), ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	if data, err = mf.Format(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, "go.mod"), data, 0o644); err != nil {
		t.Fatal(err)
	}

	dirs := map[string]bool{dir: true}
	for _, d := range strings.Fields(string(out)) {
		dirs[d] = true
	}
	for d := range dirs {
		r := rel(t, root, d)
		entries, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.Type().IsRegular() {
				copyFile(t, filepath.Join(d, e.Name()), filepath.Join(dst, r, e.Name()))
			}
		}
	}
	return dst, rel(t, root, dir)
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, fs.FileMode(0o644)); err != nil {
		t.Fatal(err)
	}
}

func abs(t *testing.T, path string) string {
	t.Helper()
	a, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func rel(t *testing.T, base, path string) string {
	t.Helper()
	r, err := filepath.Rel(base, path)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// diffSets reports the elements of two string sets that differ.
func diffSets(t *testing.T, gotName string, got []string, wantName string, want []string) {
	t.Helper()
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("in %s, not in %s: %s", gotName, wantName, g)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("in %s, not in %s: %s", wantName, gotName, w)
		}
	}
}
