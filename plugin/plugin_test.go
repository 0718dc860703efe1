package plugin

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"
)

func newPlugin(t *testing.T, settings any) register.LinterPlugin {
	t.Helper()
	newFn, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatalf("GetPlugin(%q): %v", Name, err)
	}
	p, err := newFn(settings)
	if err != nil {
		t.Fatalf("New(%v): %v", settings, err)
	}
	return p
}

func TestRegisteredAndLoadMode(t *testing.T) {
	p := newPlugin(t, nil)
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil || len(as) == 0 {
		t.Fatalf("BuildAnalyzers: %d analyzers, %v", len(as), err)
	}
	seen := map[string]bool{}
	for _, a := range as {
		if seen[a.Name] {
			t.Errorf("analyzer %s twice", a.Name)
		}
		seen[a.Name] = true
	}
}

func TestSettings(t *testing.T) {
	// golangci-lint passes the YAML settings as map[string]any.
	p := newPlugin(t, map[string]any{"disable": []any{"DS104", "legacyauth"}, "tests": true})
	cfg := p.(*Plugin).cfg
	if !cfg.Tests || cfg.RuleEnabled("DS104") || cfg.RuleEnabled("DS601") || !cfg.RuleEnabled("DS101") {
		t.Errorf("config = %+v", cfg)
	}
	p = newPlugin(t, map[string]any{"enable": []any{"pemkey"}})
	if cfg := p.(*Plugin).cfg; cfg.RuleEnabled("DS101") || !cfg.RuleEnabled("DS201") {
		t.Errorf("enable: config = %+v", cfg)
	}
}

func TestBadSettings(t *testing.T) {
	newFn, _ := register.GetPlugin(Name)
	for _, s := range []any{
		map[string]any{"disabel": []any{"DS104"}}, // unknown key
		map[string]any{"disable": "DS104"},        // wrong type
		map[string]any{"disable": []any{"DS999"}}, // unknown rule
		map[string]any{"enable": []any{"nosuch"}}, // unknown analyzer
		map[string]any{"tests": "yes"},            // wrong type
	} {
		if _, err := newFn(s); err == nil || !strings.Contains(err.Error(), "dslint settings") {
			t.Errorf("New(%v) = %v, want a dslint settings error", s, err)
		}
	}
}

// TestAnalyzersRun runs the plugin's analyzers on the endpoints fixtures.
func TestAnalyzersRun(t *testing.T) {
	as, err := newPlugin(t, nil).BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == "endpoints" {
			dir, err := filepath.Abs(filepath.Join("..", "testdata"))
			if err != nil {
				t.Fatal(err)
			}
			analysistest.Run(t, dir, a, "endpoints/hosts")
			return
		}
	}
	t.Fatal("no endpoints analyzer")
}
