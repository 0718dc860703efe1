// Package report is dslint's single reporting point and production-code
// policy. Every analyzer creates a Reporter for its pass and reports through
// it; the Reporter
//
//   - skips _test.go files unless Config.Tests is set, and generated files
//     (// Code generated ... DO NOT EDIT.);
//   - drops findings of disabled rules;
//   - honours //dslint:ignore DS101 <reason> (and //nolint, //nolint:dslint,
//     //nolint:<analyzer>) on the finding's line or the line above, and
//     reports //dslint:ignore directives that suppressed nothing (DS002);
//   - prefixes the message with the rule ID and sets Category and URL from
//     the rule table.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/rules"
)

// Reporter reports an analyzer's findings under dslint's policy.
type Reporter struct {
	pass     *analysis.Pass
	cfg      *config.Config
	analyzer string
	files    []*ast.File
	inScope  map[*token.File]bool
	dirs     map[*token.File][]*Directive
	used     map[*Directive]bool
}

// New returns a Reporter for pass. cfg may be nil (defaults).
func New(pass *analysis.Pass, cfg *config.Config) *Reporter {
	if cfg == nil {
		cfg = &config.Config{}
	}
	r := &Reporter{
		pass:     pass,
		cfg:      cfg,
		analyzer: pass.Analyzer.Name,
		inScope:  make(map[*token.File]bool),
		dirs:     make(map[*token.File][]*Directive),
		used:     make(map[*Directive]bool),
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil || !InScope(tf.Name(), f, cfg.Tests) {
			continue
		}
		r.inScope[tf] = true
		r.files = append(r.files, f)
		for _, d := range ParseDirectives(pass.Fset, f) {
			r.dirs[tf] = append(r.dirs[tf], &d)
		}
	}
	return r
}

// InScope reports whether a file is checked under the production-code
// policy: not generated, and not a _test.go file unless tests is set.
func InScope(filename string, f *ast.File, tests bool) bool {
	if !tests && strings.HasSuffix(filename, "_test.go") {
		return false
	}
	return !ast.IsGenerated(f)
}

// Files returns the pass's files that are in scope.
func (r *Reporter) Files() []*ast.File { return r.files }

// Config returns the configuration the Reporter applies.
func (r *Reporter) Config() *config.Config { return r.cfg }

// Enabled reports whether findings of the rule are reported at all, so an
// analyzer can skip work for disabled rules.
func (r *Reporter) Enabled(id string) bool { return r.cfg.RuleEnabled(id) }

// InScope reports whether a finding at pos would be in a checked file.
func (r *Reporter) InScope(pos token.Pos) bool {
	tf := r.pass.Fset.File(pos)
	return tf != nil && r.inScope[tf]
}

// Reportf reports a finding of rule id over rng, with a message built like
// fmt.Sprintf and optional suggested fixes.
func (r *Reporter) Reportf(id string, rng analysis.Range, format string, args ...any) {
	r.Report(analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Category: id, Message: fmt.Sprintf(format, args...)})
}

// Report reports d, whose Category is the rule ID and whose Message does not
// yet carry the ID. It applies the policy described in the package comment.
func (r *Reporter) Report(d analysis.Diagnostic) {
	rule, ok := rules.Lookup(d.Category)
	if !ok {
		panic("dslint: report of unknown rule " + d.Category) // a programming error, caught by tests
	}
	if !r.cfg.RuleEnabled(rule.ID) || !r.InScope(d.Pos) {
		return
	}
	tf := r.pass.Fset.File(d.Pos)
	line := tf.Line(d.Pos)
	for _, dir := range r.dirs[tf] {
		if dir.covers(rule.ID, rule.Analyzer, line) {
			r.used[dir] = true
			return
		}
	}
	d.Message = rule.ID + ": " + d.Message
	d.URL = rule.URL()
	r.pass.Report(d)
}

// Finish reports, as DS002, every well-formed //dslint:ignore directive that
// names only rules of this analyzer (or the analyzer itself) and suppressed
// nothing. Call it once, after the analyzer's last Report.
func (r *Reporter) Finish() {
	if !r.cfg.RuleEnabled("DS002") {
		return
	}
	for _, f := range r.files {
		tf := r.pass.Fset.File(f.FileStart)
		for _, dir := range r.dirs[tf] {
			if dir.NoLint || dir.Err != "" || r.used[dir] || !r.owns(dir) {
				continue
			}
			r.pass.Report(analysis.Diagnostic{
				Pos: dir.Pos, End: dir.End, Category: "DS002", URL: mustRule("DS002").URL(),
				Message: fmt.Sprintf("DS002: //dslint:ignore %s suppresses nothing: remove it", strings.Join(dir.Names, ",")),
			})
		}
	}
}

// owns reports whether every name in the directive belongs to this analyzer
// and is enabled, so that exactly one analyzer can decide it is unused.
func (r *Reporter) owns(d *Directive) bool {
	for _, n := range d.Names {
		if n == r.analyzer {
			if !r.cfg.AnalyzerEnabled(n) {
				return false
			}
			continue
		}
		rule, ok := rules.Lookup(n)
		if !ok || rule.Analyzer != r.analyzer || !r.cfg.RuleEnabled(rule.ID) {
			return false
		}
	}
	return len(d.Names) > 0
}

func mustRule(id string) rules.Rule {
	r, ok := rules.Lookup(id)
	if !ok {
		panic("dslint: unknown rule " + id)
	}
	return r
}
