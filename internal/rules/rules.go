// Package rules is dslint's rule table: the one place where every
// diagnostic's ID, analyzer, severity, title and documentation live.
//
// The command's -help and -explain output, the README table, docs/rules.md
// and SARIF rule descriptors are all generated from (or checked against)
// this table, so a rule is documented exactly once.
package rules

import (
	"slices"
	"strings"
)

// Severity is how serious a finding is: an error breaks the DocuSign
// integration at run time, a warning is a latent problem or has no effect.
type Severity string

// The severities.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// DocsURL is where docs/rules.md is published; each rule has an anchor there.
const DocsURL = "https://github.com/dslint/dslint/blob/main/docs/rules.md"

// Rule describes one diagnostic.
type Rule struct {
	ID       string   // stable identifier, e.g. "DS101": used in suppressions and SARIF
	Analyzer string   // name of the analyzer that reports it
	Severity Severity // default severity
	Title    string   // one line, lowercase, no final period
	Doc      string   // why it matters: the DocuSign error the user would get
	Source   string   // where the DocuSign fact comes from
	Bad      string   // a short Go example that is reported
	Good     string   // the corrected example
}

// URL returns the rule's anchor in the published rule documentation.
func (r Rule) URL() string { return DocsURL + "#" + strings.ToLower(r.ID) }

// All returns the rule table ordered by ID. The slice is a copy.
func All() []Rule { return slices.Clone(table) }

// Lookup returns the rule with the given ID (case-insensitive).
func Lookup(id string) (Rule, bool) {
	for _, r := range table {
		if strings.EqualFold(r.ID, id) {
			return r, true
		}
	}
	return Rule{}, false
}

// ForAnalyzer returns the rules reported by the named analyzer, in table
// order. The slice is shared: callers must not modify it.
func ForAnalyzer(name string) []Rule { return byAnalyzer[name] }

// byAnalyzer indexes the table by analyzer, in table order: every pass asks
// for its analyzer's rules (config.AnalyzerChecked).
var byAnalyzer = func() map[string][]Rule {
	m := map[string][]Rule{}
	for _, r := range table {
		m[r.Analyzer] = append(m[r.Analyzer], r)
	}
	return m
}()

// Analyzers returns the analyzer names that own rules, in table order.
func Analyzers() []string {
	var out []string
	for _, r := range table {
		if !slices.Contains(out, r.Analyzer) {
			out = append(out, r.Analyzer)
		}
	}
	return out
}

// securityAnalyzers are the analyzers whose rules are security findings
// (leaked keys and secrets, legacy password authentication, forged Connect
// webhooks): SARIF marks them with the "security" tag and a security-severity.
var securityAnalyzers = []string{"pemkey", "legacyauth", "connect"}

// criticalRules leak a credential that lets anyone act as the integration.
var criticalRules = []string{"DS201", "DS203"}

// SecuritySeverity is the rule's CVSS-like score for SARIF's
// security-severity property (GitHub: 9.0+ critical, 7.0+ high, 4.0+
// medium), or "" when the rule is not a security finding.
func (r Rule) SecuritySeverity() string {
	switch {
	case !slices.Contains(securityAnalyzers, r.Analyzer):
		return ""
	case slices.Contains(criticalRules, r.ID):
		return "9.1"
	case r.Severity == Error:
		return "7.5"
	}
	return "5.0"
}
