// Package plugin is dslint's golangci-lint module plugin. Build a custom
// golangci-lint with it (.custom-gcl.yml):
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/dslint/dslint
//	    import: github.com/dslint/dslint/plugin
//	    version: latest
//
// and enable it in .golangci.yml (v2):
//
//	version: "2"
//	linters:
//	  enable: [dslint]
//	  settings:
//	    custom:
//	      dslint:
//	        type: module
//	        settings:
//	          disable: [DS104]   # rule IDs or analyzer names
//	          # enable: [endpoints, pemkey]
//	          # tests: true
//
// Findings are reported under the linter name dslint, so //nolint:dslint
// suppresses them (as does //dslint:ignore DS101 <reason>).
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/config"
)

// Name is the linter name under linters.settings.custom in .golangci.yml.
const Name = "dslint"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings (linters.settings.custom.dslint.settings).
// Unknown keys are an error.
type Settings struct {
	// Enable, if set, reports only these rule IDs or analyzer names.
	Enable []string `json:"enable"`
	// Disable suppresses these rule IDs or analyzer names.
	Disable []string `json:"disable"`
	// Tests also checks _test.go files.
	Tests bool `json:"tests"`
}

// Plugin is the dslint suite configured by Settings.
type Plugin struct {
	cfg *config.Config
}

// New decodes the settings and validates every rule and analyzer name.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("dslint settings: %w", err)
	}
	cfg := &config.Config{Tests: s.Tests}
	for _, name := range s.Enable {
		if err := cfg.Enable.Set(name); err != nil {
			return nil, fmt.Errorf("dslint settings: enable: %w", err)
		}
	}
	for _, name := range s.Disable {
		if err := cfg.Disable.Set(name); err != nil {
			return nil, fmt.Errorf("dslint settings: disable: %w", err)
		}
	}
	return &Plugin{cfg: cfg}, nil
}

// BuildAnalyzers returns the dslint suite sharing the plugin's settings.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return analyzers.Suite(p.cfg), nil
}

// GetLoadMode reports that dslint needs type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
