// Package plugin registers tracelint as a golangci-lint v2 module plugin.
//
// A golangci-lint binary that links this package (blank import) knows a
// custom linter named "tracelint". Enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable: [tracelint]
//	  settings:
//	    custom:
//	      tracelint:
//	        type: module
//	        description: finds logging and tracing mistakes
//	        settings:          # suite.Options; every key is optional
//	          disable: [noinit]
//	          key-case: camel
//	          ctxless: true
//	          printf: false
//
// The settings are decoded with register.DecodeSettings into
// [suite.Options]; an unknown key is an error that names it.
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/suite"
)

// Name is the linter's name in golangci-lint: the key under
// linters.settings.custom and the "FromLinter" of its issues.
const Name = "tracelint"

func init() {
	register.Plugin(Name, New)
}

// Plugin is tracelint's golangci-lint plugin.
type Plugin struct {
	opts suite.Options
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the settings golangci-lint hands over (the value of
// linters.settings.custom.tracelint.settings, nil when absent) and checks
// them, so that a configuration mistake stops golangci-lint before any
// package is loaded.
func New(settings any) (register.LinterPlugin, error) {
	opts, err := register.DecodeSettings[suite.Options](settings)
	if err != nil {
		return nil, fmt.Errorf("tracelint settings: %w", err)
	}
	return &Plugin{opts: opts}, nil
}

// BuildAnalyzers configures the analyzers with the settings and returns the
// enabled ones.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	as, err := p.opts.Apply()
	if err != nil {
		return nil, fmt.Errorf("tracelint settings: %w", err)
	}
	return as, nil
}

// GetLoadMode reports that the analyzers need type information.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
