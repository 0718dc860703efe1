package report

import (
	"go/token"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/rules"
)

// Usage is the result of every dslint analyzer on a package: the
// suppression directives its findings used, and which rules it checked. The
// directives analyzer requires every other analyzer and reports, as DS002,
// the directives that only name checked rules and that none of them used.
// Passing it as a result (not through shared state) keeps this working
// under go vet and nogo, which run the analyzers one package at a time.
type Usage struct {
	analyzer string
	cfg      *config.Config
	ran      bool               // the analyzer looked for findings
	used     map[token.Pos]bool // positions of the directives that suppressed a finding
	// suppressed are the findings of enabled rules that directives suppressed.
	suppressed []Suppressed
}

// Suppressed is a finding of an enabled rule that a suppression directive
// hid, as it would have been reported (rule ID in the message, URL set), for
// outputs that list suppressed findings (SARIF suppressions).
type Suppressed struct {
	Diagnostic analysis.Diagnostic
	// Justification is the directive's reason; "" for a //nolint.
	Justification string
}

// Suppressed returns the findings directives suppressed, in report order.
func (u *Usage) Suppressed() []Suppressed { return u.suppressed }

// usageType is the ResultType of every analyzer built by NewAnalyzer.
var usageType = reflect.TypeOf((*Usage)(nil))

// Judges reports whether the analyzer decided, on this package, the findings
// a directive naming name would suppress: name is the analyzer or one of its
// rules, and the analyzer checked it (see config.Config.RuleChecked).
func (u *Usage) Judges(name string) bool {
	if !u.ran {
		return false
	}
	if name == u.analyzer {
		return u.cfg.AnalyzerChecked(name)
	}
	rule, ok := rules.Lookup(name)
	return ok && rule.Analyzer == u.analyzer && u.cfg.RuleChecked(rule.ID)
}

// Used reports whether the directive at pos suppressed a finding.
func (u *Usage) Used(pos token.Pos) bool { return u.used[pos] }

// NotRun is the Usage of the named analyzer when a driver did not run it on
// a package (one with errors, for an analyzer that needs full types): it
// judges nothing, so the package's directives naming its rules are not
// reported as unused.
func NotRun(name string) *Usage { return &Usage{analyzer: name} }
