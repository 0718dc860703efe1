// Package config holds the settings every dslint analyzer shares: whether
// test files are checked and which rules are enabled.
//
// A Config is bound to flags (the analyzer's own Flags for nogo and vet,
// the command line for the dslint binary, decoded settings for the
// golangci-lint plugin) before analysis starts and is only read afterwards,
// so analyzers built from one Config can run concurrently.
package config

import (
	"flag"
	"fmt"
	"strings"

	"github.com/dslint/dslint/internal/rules"
)

// Config is the shared analyzer configuration.
type Config struct {
	// Tests makes analyzers check _test.go files too (off by default:
	// tests use the demo environment and bad inputs on purpose).
	Tests bool
	// Enable, if non-empty, restricts findings to these rule IDs or
	// analyzer names.
	Enable List
	// Disable suppresses these rule IDs or analyzer names.
	Disable List
}

// List is a set of rule IDs or analyzer names given as a comma-separated
// flag value; repeating the flag adds to the list.
type List []string

// String implements flag.Value.
func (l *List) String() string { return strings.Join(*l, ",") }

// Set implements flag.Value, validating every element against the rule table.
func (l *List) Set(s string) error {
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if err := Validate(f); err != nil {
			return err
		}
		*l = append(*l, f)
	}
	return nil
}

// Validate reports an error when name is neither a rule ID nor an analyzer.
func Validate(name string) error {
	if _, ok := rules.Lookup(name); ok {
		return nil
	}
	for _, a := range rules.Analyzers() {
		if a == name {
			return nil
		}
	}
	return fmt.Errorf("unknown rule or analyzer %q (see dslint -help)", name)
}

func (l List) matches(r rules.Rule) bool {
	for _, x := range l {
		if strings.EqualFold(x, r.ID) || x == r.Analyzer {
			return true
		}
	}
	return false
}

// RuleEnabled reports whether findings of the rule with the given ID are reported.
func (c *Config) RuleEnabled(id string) bool {
	r, ok := rules.Lookup(id)
	if !ok {
		return false
	}
	if len(c.Enable) > 0 && !c.Enable.matches(r) {
		return false
	}
	return !c.Disable.matches(r)
}

// AnalyzerEnabled reports whether any rule of the named analyzer is enabled,
// so an analyzer with every rule disabled can return at once.
func (c *Config) AnalyzerEnabled(name string) bool {
	for _, r := range rules.ForAnalyzer(name) {
		if c.RuleEnabled(r.ID) {
			return true
		}
	}
	return false
}

// unusedRule is the rule that reports suppressions which suppressed nothing.
// Judging it needs every rule a suppression names to be checked, even one
// -enable leaves out of the output.
const unusedRule = "DS002"

// RuleChecked reports whether the rule's analyzer must look for its
// findings: they are reported (RuleEnabled), or they only tell which
// suppression directives are used, for DS002 (which -enable DS002 or
// -directives select without the other rules). A rule given to -disable is
// never checked: a directive naming it is not judged.
func (c *Config) RuleChecked(id string) bool {
	r, ok := rules.Lookup(id)
	if !ok {
		return false
	}
	return c.RuleEnabled(id) || (c.RuleEnabled(unusedRule) && !c.Disable.matches(r))
}

// AnalyzerChecked reports whether any rule of the named analyzer is
// checked (see RuleChecked).
func (c *Config) AnalyzerChecked(name string) bool {
	for _, r := range rules.ForAnalyzer(name) {
		if c.RuleChecked(r.ID) {
			return true
		}
	}
	return false
}

// RegisterFlags binds c to fs as -tests, -enable and -disable.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.BoolVar(&c.Tests, "tests", c.Tests, "also check _test.go files")
	fs.Var(&c.Enable, "enable", "comma-separated rule IDs or analyzer names to report (default: all)")
	fs.Var(&c.Disable, "disable", "comma-separated rule IDs or analyzer names not to report")
}
