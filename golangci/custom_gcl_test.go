package main

import (
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/mod/modfile"

	"github.com/tracelint/tracelint/plugin"
)

// TestCustomGCL checks the .custom-gcl.yml example against what
// golangci-lint custom requires (its configuration.Validate) and against
// this module: same golangci-lint version, the plugin package that
// registers tracelint. Running golangci-lint custom needs the network.
func TestCustomGCL(t *testing.T) {
	raw, err := os.ReadFile(".custom-gcl.yml")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Version     string
		Name        string
		Destination string
		Plugins     []struct{ Module, Import, Version, Path string }
	}
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		t.Fatal(err)
	}

	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	mf, err := modfile.Parse("go.mod", gomod, nil)
	if err != nil {
		t.Fatal(err)
	}
	var pinned string
	for _, r := range mf.Require {
		if r.Mod.Path == "github.com/golangci/golangci-lint/v2" {
			pinned = r.Mod.Version
		}
	}
	if cfg.Version != pinned {
		t.Errorf(".custom-gcl.yml builds golangci-lint %q, this module pins %q", cfg.Version, pinned)
	}
	if len(cfg.Plugins) != 1 {
		t.Fatalf("%d plugins, want 1", len(cfg.Plugins))
	}
	p := cfg.Plugins[0]
	if p.Module != "github.com/tracelint/tracelint" || p.Import != "github.com/tracelint/tracelint/plugin" {
		t.Errorf("plugin module %q import %q", p.Module, p.Import)
	}
	if (p.Version == "") == (p.Path == "") {
		t.Errorf("plugin needs exactly one of version and path, has %q and %q", p.Version, p.Path)
	}
	if plugin.Name != "tracelint" {
		t.Errorf("plugin.Name = %q", plugin.Name)
	}
}
