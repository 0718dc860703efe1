package directives

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/analyzers/connect"
	"github.com/dslint/dslint/analyzers/endpoints"
	"github.com/dslint/dslint/analyzers/jwtclaims"
	"github.com/dslint/dslint/analyzers/legacyauth"
	"github.com/dslint/dslint/analyzers/pemkey"
	"github.com/dslint/dslint/analyzers/polling"
	"github.com/dslint/dslint/analyzers/scopes"
	"github.com/dslint/dslint/analyzers/tokenexpiry"
	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/report"
)

// Analyzer is the directives analyzer with default settings. It judges the
// suppressions of the other analyzers' package-level Analyzers (what nogo
// and vet run; analyzers.All checks the list is complete).
var Analyzer = New(nil, endpoints.Analyzer, pemkey.Analyzer, jwtclaims.Analyzer, scopes.Analyzer, tokenexpiry.Analyzer, legacyauth.Analyzer, polling.Analyzer, connect.Analyzer)

// New returns a directives analyzer that reads cfg and reports, as DS002,
// the suppressions that none of the analyzers in judged (built by
// report.NewAnalyzer, and run in the same suite) used. A directive naming a
// rule of no analyzer in judged is not judged.
func New(cfg *config.Config, judged ...*analysis.Analyzer) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		Name:             "directives",
		Doc:              analysisdoc.MustExtract(doc, "directives"),
		Requires:         judged,
		RunDespiteErrors: true,
		Run:              run,
	}, cfg)
}

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	for _, f := range r.Files() {
		for _, d := range report.ParseDirectives(pass.Fset, f) {
			if d.Err != "" {
				r.Report(analysis.Diagnostic{
					Pos: d.Pos, End: d.End, Category: "DS001",
					Message: d.Form() + " directive " + d.Err + ", so it suppresses nothing",
				})
			}
		}
	}
	if !r.Enabled("DS002") {
		return nil, nil
	}
	usages := []*report.Usage{r.Usage(true)} // directives' own rules
	for _, a := range pass.Analyzer.Requires {
		if a == report.Files {
			continue // the policy's file classifier, not a rule analyzer
		}
		usages = append(usages, pass.ResultOf[a].(*report.Usage))
	}
	for _, d := range r.Unused(usages) {
		r.Report(analysis.Diagnostic{
			Pos: d.Pos, End: d.End, Category: "DS002",
			Message: d.Form() + " " + strings.Join(d.Names, ",") + " suppresses nothing: remove it",
		})
	}
	return nil, nil
}
