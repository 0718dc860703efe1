package directives_test

import (
	"testing"

	"github.com/dslint/dslint/analyzers/directives"
	"github.com/dslint/dslint/analyzers/endpoints"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestDirectives(t *testing.T) {
	testutil.Run(t, directives.New(&config.Config{}), "directives/a")
}

// TestUnused checks DS002 with the default settings and with only DS002
// enabled (-enable DS002): endpoints still looks for DS101 findings, which
// it does not report, to tell which suppressions they use.
func TestUnused(t *testing.T) {
	for _, cfg := range []*config.Config{{}, {Enable: config.List{"DS002"}}, {Enable: config.List{"directives"}}} {
		testutil.Run(t, directives.New(cfg, endpoints.New(cfg)), "directives/unused")
	}
}

// TestUnusedDisabled: a directive naming a disabled rule is not judged.
func TestUnusedDisabled(t *testing.T) {
	cfg := &config.Config{Disable: config.List{"DS101"}}
	testutil.Run(t, directives.New(cfg, endpoints.New(cfg)), "directives/disabled")
}
