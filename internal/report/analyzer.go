package report

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/rules"
)

// Spec describes a dslint analyzer for NewAnalyzer.
type Spec struct {
	Name string
	// Doc is the analyzer's documentation, extracted from the "# Analyzer
	// <name>" section of its package's doc.go (analysisdoc.MustExtract): a
	// summary paragraph, then the details. The Analyzer's Doc adds the
	// rule list.
	Doc       string
	Requires  []*analysis.Analyzer
	FactTypes []analysis.Fact
	// RunDespiteErrors: the rules judge what the syntax shows (literals,
	// keys, headers) and hold up with partial type information (a nil or
	// invalid type, a missing object), so the analyzer runs on packages
	// that do not type-check (see analysis.Analyzer.RunDespiteErrors).
	RunDespiteErrors bool
	// DocuSignOnly: every rule judges DocuSign code, which the Go
	// distribution has none of, so packages of GOROOT are skipped (a fast
	// path for std; pemkey's keys are not DocuSign-only and stay checked).
	DocuSignOnly bool
	// Run does the analysis and reports through r. It is not called when
	// no rule of the analyzer is checked (config.Config.RuleChecked) or no
	// file is in scope, unless the analyzer has facts. Its result must be
	// nil: the analyzer's result is r's Usage, for the directives analyzer.
	Run func(pass *analysis.Pass, r *Reporter) (any, error)
}

// NewAnalyzer builds an analysis.Analyzer from spec that reads cfg. The
// analyzer gets -tests, -enable and -disable flags bound to cfg (for nogo's
// analyzer_flags and vet's -<name>.tests), and its Run applies the
// production-code policy and reports unused suppressions.
func NewAnalyzer(spec Spec, cfg *config.Config) *analysis.Analyzer {
	if cfg == nil {
		cfg = &config.Config{}
	}
	a := &analysis.Analyzer{
		Name:       spec.Name,
		Doc:        Doc(spec.Name, spec.Doc),
		URL:        rules.DocsURL + "#" + spec.Name,
		Requires:   append([]*analysis.Analyzer{Files}, spec.Requires...),
		FactTypes:  spec.FactTypes,
		ResultType: usageType,

		RunDespiteErrors: spec.RunDespiteErrors,
	}
	cfg.RegisterFlags(&a.Flags)
	a.Run = func(pass *analysis.Pass) (any, error) {
		r := New(pass, cfg)
		skip := !cfg.AnalyzerChecked(spec.Name) || len(r.Files()) == 0 || spec.DocuSignOnly && match.FilesInGoroot(pass.Fset, pass.Files)
		if skip && len(spec.FactTypes) == 0 {
			return r.Usage(false), nil
		}
		res, err := spec.Run(pass, r)
		if err != nil {
			return nil, err
		}
		if res != nil {
			return nil, fmt.Errorf("internal error: analyzer %s returned a result (%T); dslint analyzers return their Usage", spec.Name, res)
		}
		return r.Usage(true), nil
	}
	return a
}

// Doc builds an analyzer's Doc from its doc.go section (doc) and the rule
// table: the section, then one line per rule, so -help, go doc and the rule
// docs cannot drift apart.
func Doc(name, doc string) string {
	var b strings.Builder
	b.WriteString(doc)
	b.WriteString("\n\nRules:\n")
	for _, r := range rules.ForAnalyzer(name) {
		fmt.Fprintf(&b, "  %s %-7s %s\n", r.ID, r.Severity, r.Title)
	}
	b.WriteString("\nRun dslint -explain <rule> for details; docs: " + rules.DocsURL + "#" + name)
	return b.String()
}
