package directives

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/report"
)

// Analyzer is the directives analyzer with default settings.
var Analyzer = New(nil)

// New returns a directives analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		Name:             "directives",
		Summary:          "directives: report malformed and unused //dslint:ignore suppression comments",
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
					Message: d.Form() + " directive " + d.Err + "; it suppresses nothing",
				})
			}
		}
	}
	return nil, nil
}
