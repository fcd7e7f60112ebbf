package driver

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/noinit"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// graph builds a package graph from its description, keyed by path:
// the package's module (none if ""), whether it is a main module, its
// imports and the contents of its one file (none if ""). A key may name
// a test variant: "p [q.test]" is a package of path p. It returns the
// packages by key.
func graph(t *testing.T, pkgs map[string]struct {
	module  string
	main    bool
	imports []string
	src     string
}) map[string]*packages.Package {
	dir := t.TempDir()
	m := make(map[string]*packages.Package)
	for path, p := range pkgs {
		pkgPath, _, _ := strings.Cut(path, " ")
		pkg := &packages.Package{ID: path, PkgPath: pkgPath, Imports: make(map[string]*packages.Package)}
		if p.module != "" {
			pkg.Module = &packages.Module{Path: p.module, Main: p.main}
		}
		if p.src != "" {
			f := filepath.Join(dir, filepath.FromSlash(path)+".go")
			if err := os.MkdirAll(filepath.Dir(f), 0o777); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f, []byte(p.src), 0o666); err != nil {
				t.Fatal(err)
			}
			pkg.GoFiles = []string{f}
		}
		m[path] = pkg
	}
	for path, p := range pkgs {
		for _, imp := range p.imports {
			m[path].Imports[m[imp].PkgPath] = m[imp]
		}
	}
	return m
}

// TestExtra checks which dependencies the graph pass loads from source
// for noinit's scope: of tracing's dependents, all; of zap's and otel's,
// those of the main module, and those of other modules that may install
// (a package that names an install function of a package it imports,
// and its importers), not the others (a dependency that only logs
// through zap.L()), nor the libraries themselves.
func TestExtra(t *testing.T) {
	type p = struct {
		module  string
		main    bool
		imports []string
		src     string
	}
	const tracing = "github.com/tracelint/tracelint/tracing"
	g := graph(t, map[string]p{
		"app/cmd":                  {"app", true, []string{"app/internal/log", "dep/client", "dep/platform", "dep/tracer", "dep/comment", "std"}, ""},
		"app/internal/log":         {"app", true, []string{"go.uber.org/zap"}, "package log"},
		"dep/client":               {"dep", false, []string{"go.uber.org/zap", "go.opentelemetry.io/otel"}, "package client // zap.L()"},
		"dep/setup":                {"dep", false, []string{"go.uber.org/zap"}, "package setup // zap.ReplaceGlobals(l)"},
		"dep/platform":             {"dep", false, []string{"dep/setup"}, "package platform // setup.Logging()"},
		"dep/comment":              {"dep", false, []string{"fmt"}, "package comment // ReplaceGlobals, but no zap"},
		"dep/tracer":               {"dep", false, []string{tracing}, "package tracer"},
		"go.uber.org/zap":          {"go.uber.org/zap", false, []string{"go.uber.org/zap/zapcore"}, "package zap // func ReplaceGlobals"},
		"go.uber.org/zap/zapcore":  {"go.uber.org/zap", false, nil, "package zapcore"},
		"go.opentelemetry.io/otel": {"go.opentelemetry.io/otel", false, nil, "package otel // func SetTracerProvider"},
		tracing:                    {"github.com/tracelint/tracelint", false, nil, "package tracing"},
		"fmt":                      {"", false, nil, ""},
		"std":                      {"", false, nil, ""},
	})
	roots := []*packages.Package{g["app/cmd"]}
	r, ok := parse([]*analysis.Analyzer{noinit.Analyzer}, []string{"./..."})
	if !ok {
		t.Fatal("parse: no fast path")
	}
	wanted := map[string]bool{"app/cmd": true}
	for _, tc := range []struct {
		all, module bool
		want        []string
	}{
		{true, true, []string{"app/internal/log", "dep/platform", "dep/setup", "dep/tracer"}},
		{false, true, []string{"app/internal/log", "dep/platform", "dep/setup"}},
		{true, false, []string{"dep/tracer"}},
	} {
		if got := r.extra(roots, wanted, tc.all, tc.module); !slices.Equal(got, tc.want) {
			t.Errorf("extra(all %v, module %v) = %q, want %q", tc.all, tc.module, got, tc.want)
		}
	}

	// A package the patterns name, in the graph also as the variant of
	// another package's test, is not loaded again.
	g = graph(t, map[string]p{
		"app/cmd":                {"app", true, []string{"app/lib [app/cmd.test]"}, ""},
		"app/lib":                {"app", true, []string{"go.uber.org/zap"}, "package lib"},
		"app/lib [app/cmd.test]": {"app", true, []string{"go.uber.org/zap"}, "package lib"},
		"go.uber.org/zap":        {"go.uber.org/zap", false, nil, "package zap"},
	})
	roots = []*packages.Package{g["app/cmd"], g["app/lib"]}
	wanted = map[string]bool{"app/cmd": true, "app/lib": true}
	if got := r.extra(roots, wanted, true, true); len(got) > 0 {
		t.Errorf("extra with a test variant of a root = %q, want none", got)
	}
}

func TestCoversMainModule(t *testing.T) {
	dir := filepath.Join("..", "..", "analyzers", "noinit", "testdata", "modrule", "app")
	t.Chdir(dir)
	t.Setenv("GOWORK", "off")
	env := readEnv()
	for _, tc := range []struct {
		patterns []string
		want     bool
	}{
		{[]string{"./..."}, true},
		{[]string{"./cmd/...", "./..."}, true},
		{[]string{"./cmd/..."}, false},
		{[]string{"."}, false},
		{[]string{"example.com/app/..."}, false},
	} {
		if got := coversMainModule(tc.patterns, env); got != tc.want {
			t.Errorf("coversMainModule(%q) = %v, want %v", tc.patterns, got, tc.want)
		}
	}
	t.Chdir("cmd")
	if coversMainModule([]string{"./..."}, readEnv()) {
		t.Errorf("coversMainModule(./...) below the module root = true")
	}
	if (goEnv{GOMOD: "/m/go.mod", GOWORK: "/m/go.work", ok: true}).singleModule() {
		t.Errorf("singleModule in a workspace = true")
	}
}

// TestLoadInstallers runs the driver's load on app2 of noinit's
// end-to-end modules, whose main installs zap's globals and the tracer
// provider through example.com/dep/setup, another module, and logs
// through them. ./... names the whole main module: the first load
// loads no dependency from source and leaves dep/setup pending (not
// dep/client, which only logs), which leaves noinit unsure of main; the
// second load brings it in, and noinit is silent.
func TestLoadInstallers(t *testing.T) {
	t.Chdir(filepath.Join("..", "..", "analyzers", "noinit", "testdata", "modrule", "app2"))
	t.Setenv("GOWORK", "off")
	r, ok := parse([]*analysis.Analyzer{noinit.Analyzer}, []string{"./..."})
	if !ok {
		t.Fatal("parse: no fast path")
	}
	source := func(roots []*packages.Package) []string {
		var paths []string
		packages.Visit(roots, nil, func(p *packages.Package) { paths = append(paths, p.PkgPath) })
		slices.Sort(paths)
		return paths
	}
	roots, pending, err := r.load()
	if err != nil {
		t.Fatal(err)
	}
	if got := source(roots); !slices.Equal(pending, []string{"example.com/dep/setup"}) || !slices.Equal(got, []string{"example.com/app2/cmd/helper"}) {
		t.Errorf("first load: pending %q, from source %q; want dep/setup and the root alone", pending, got)
	}
	graph, err := checker.Analyze(r.analyzers, roots, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !r.anyUnsure(graph) {
		t.Errorf("first load: noinit is sure of main")
	}
	graph, roots, err = r.analyze()
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			t.Errorf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message)
		}
	}
	if got, want := source(roots), []string{"example.com/app2/cmd/helper", "example.com/dep/setup"}; !slices.Equal(got, want) {
		t.Errorf("analyze: from source %q, want %q", got, want)
	}
}

// TestLoadNothingPending: app links dep/client, which logs through
// zap.L() and installs nothing, and not dep/setup: nothing is pending,
// so its reports (fires, otelfires) cost no second load.
func TestLoadNothingPending(t *testing.T) {
	t.Chdir(filepath.Join("..", "..", "analyzers", "noinit", "testdata", "modrule", "app"))
	t.Setenv("GOWORK", "off")
	r, ok := parse([]*analysis.Analyzer{noinit.Analyzer}, []string{"./..."})
	if !ok {
		t.Fatal("parse: no fast path")
	}
	_, pending, err := r.load()
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) > 0 {
		t.Errorf("pending %q, want none", pending)
	}
}
