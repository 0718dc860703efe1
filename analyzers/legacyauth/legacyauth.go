package legacyauth

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/report"
)

// Analyzer is the legacyauth analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a legacyauth analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		Name:     "legacyauth",
		Summary:  "TODO",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      run,
	}, cfg)
}

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	return nil, nil
}
