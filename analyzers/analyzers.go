// Package analyzers is the dslint suite: the single list of analyzers every
// front end (the dslint command, go vet -vettool, the golangci-lint plugin,
// nogo) runs.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/analyzers/connect"
	"github.com/dslint/dslint/analyzers/directives"
	"github.com/dslint/dslint/analyzers/endpoints"
	"github.com/dslint/dslint/analyzers/jwtclaims"
	"github.com/dslint/dslint/analyzers/legacyauth"
	"github.com/dslint/dslint/analyzers/pemkey"
	"github.com/dslint/dslint/analyzers/polling"
	"github.com/dslint/dslint/analyzers/scopes"
	"github.com/dslint/dslint/analyzers/tokenexpiry"
	"github.com/dslint/dslint/internal/config"
)

// All returns the package-level Analyzer of every dslint analyzer, each
// with its own default configuration (what nogo and vet use);
// directives.Analyzer requires the others (TestSuites checks it).
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		endpoints.Analyzer,
		pemkey.Analyzer,
		jwtclaims.Analyzer,
		scopes.Analyzer,
		tokenexpiry.Analyzer,
		legacyauth.Analyzer,
		polling.Analyzer,
		connect.Analyzer,
		directives.Analyzer,
	}
}

// Suite returns fresh analyzers that all read cfg, so that one set of
// settings (-tests, -enable, -disable, plugin settings) applies to the whole
// suite. Separate suites can run concurrently. The directives analyzer,
// last, requires all the others to judge their suppressions (DS002).
func Suite(cfg *config.Config) []*analysis.Analyzer {
	judged := []*analysis.Analyzer{
		endpoints.New(cfg),
		pemkey.New(cfg),
		jwtclaims.New(cfg),
		scopes.New(cfg),
		tokenexpiry.New(cfg),
		legacyauth.New(cfg),
		polling.New(cfg),
		connect.New(cfg),
	}
	return append(judged, directives.New(cfg, judged...))
}
