package plugin

import (
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/tracelint/tracelint/analyzers/suite"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("tracelint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
}

// TestNewErrors feeds New settings shaped as golangci-lint hands them over
// (decoded YAML: map[string]any, []any, bool, float64/int) and checks that
// each mistake is an error naming what is wrong.
func TestNewErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"unknown key", map[string]any{"keycase": "camel"}, []string{"tracelint settings", `unknown field "keycase"`}},
		{"unknown key among known", map[string]any{"ctxless": true, "enable": []any{}, "fix": true}, []string{`unknown field "fix"`}},
		{"unknown nested key", map[string]any{"flags": map[string]any{"x": "y"}}, []string{"flags"}},
		{"list expected", map[string]any{"enable": "idinmessage"}, []string{"enable"}},
		{"bool expected", map[string]any{"ctxless": "yes"}, []string{"ctxless"}},
		{"string expected", map[string]any{"key-case": 3}, []string{"key-case"}},
		{"not a mapping", []any{"enable"}, []string{"tracelint settings"}},
	} {
		_, err := New(tc.settings)
		if err == nil {
			t.Errorf("%s: New(%v) succeeded", tc.name, tc.settings)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: New(%v) error %q does not contain %q", tc.name, tc.settings, err, w)
			}
		}
	}
}

func TestNewDecodes(t *testing.T) {
	p, err := New(map[string]any{
		"enable":   []any{"idinmessage"},
		"disable":  []any{"noinit"},
		"key-case": "camel",
		"ctxless":  true,
		"printf":   false,
		"flags":    map[string]any{"idinmessage": map[string]any{"keycase": "kebab"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	o := p.(*Plugin).opts
	if len(o.Enable) != 1 || o.Enable[0] != "idinmessage" || len(o.Disable) != 1 || o.Disable[0] != "noinit" ||
		o.KeyCase != "camel" || o.Ctxless == nil || !*o.Ctxless || o.Printf == nil || *o.Printf || o.Flags["idinmessage"]["keycase"] != "kebab" {
		t.Errorf("decoded %+v", o)
	}
}

func TestBuildAnalyzers(t *testing.T) {
	all := suite.Analyzers()
	p, err := New(map[string]any{"disable": []any{all[0].Name}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(all)-1 || slices.Contains(got, all[0]) {
		t.Errorf("BuildAnalyzers with %s disabled = %v", all[0].Name, got)
	}

	// Option errors surface from BuildAnalyzers, named.
	p, err = New(map[string]any{"enable": []any{"idinmesage"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.BuildAnalyzers(); err == nil || !strings.Contains(err.Error(), `unknown analyzer "idinmesage"`) {
		t.Errorf("BuildAnalyzers with a misspelt analyzer: err = %v", err)
	}
	p, _ = New(map[string]any{"key-case": "SCREAMING"})
	if _, err := p.BuildAnalyzers(); err == nil || !strings.Contains(err.Error(), "SCREAMING") {
		t.Errorf("BuildAnalyzers with a bad key-case: err = %v", err)
	}
	if _, err := (suite.Options{}).Apply(); err != nil { // back to defaults
		t.Fatal(err)
	}
}
