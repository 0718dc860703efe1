package analyzers_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/rules"
)

// TestSuites checks both lists: one analyzer per analyzer of the rule
// table, and the directives analyzer requiring every other one (the same
// instances, so that they run once), else their suppressions would be
// reported as unused or not judged at all.
func TestSuites(t *testing.T) {
	for name, suite := range map[string][]*analysis.Analyzer{"All": analyzers.All(), "Suite": analyzers.Suite(new(config.Config))} {
		var names []string
		var dirs *analysis.Analyzer
		for _, a := range suite {
			names = append(names, a.Name)
			if a.Name == "directives" {
				dirs = a
			}
		}
		want := rules.Analyzers()
		slices.Sort(want)
		slices.Sort(names)
		if !slices.Equal(names, want) {
			t.Errorf("%s: analyzers %v, rule table has %v", name, names, want)
		}
		if dirs == nil {
			continue
		}
		for _, a := range suite {
			if a != dirs && !slices.Contains(dirs.Requires, a) {
				t.Errorf("%s: directives does not require %s (a new analyzer goes into directives.Analyzer in analyzers/directives/directives.go too)", name, a.Name)
			}
		}
		if rule := slices.DeleteFunc(slices.Clone(dirs.Requires), func(a *analysis.Analyzer) bool { return a == report.Files }); len(rule) != len(suite)-1 {
			t.Errorf("%s: directives requires %d rule analyzers, want the %d others", name, len(rule), len(suite)-1)
		}
	}
}

// TestDocs checks that each analyzer's Doc is the "# Analyzer <name>"
// section of its package's doc.go (one text for go doc, -help and the
// README), with an example, followed by the rule list.
func TestDocs(t *testing.T) {
	for _, a := range analyzers.All() {
		src, err := os.ReadFile(filepath.Join(a.Name, "doc.go"))
		if err != nil {
			t.Errorf("%s: %v", a.Name, err)
			continue
		}
		section, err := analysisdoc.Extract(string(src), a.Name)
		if err != nil {
			t.Errorf("%s: %v", a.Name, err)
			continue
		}
		if !strings.HasPrefix(a.Doc, section+"\n\nRules:\n") {
			t.Errorf("%s: Doc is not its doc.go section followed by the rules:\n%s", a.Name, a.Doc)
		}
		if !strings.Contains(section, "\n\t") {
			t.Errorf("%s: doc.go has no example (an indented code block)", a.Name)
		}
		for _, r := range rules.ForAnalyzer(a.Name) {
			if !strings.Contains(a.Doc, r.ID+" ") {
				t.Errorf("%s: Doc does not list %s", a.Name, r.ID)
			}
		}
	}
}
