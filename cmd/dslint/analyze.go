package main

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/rules"
)

// finding is one diagnostic with its resolved positions.
type finding struct {
	pkg      string // import path (test variants folded into their package)
	analyzer string
	posn     token.Position
	end      token.Position
	diag     analysis.Diagnostic
	fset     *token.FileSet
	// justification is the reason of the directive that suppressed the
	// finding (in result.suppressed only).
	justification string
}

// result is what one run found.
type result struct {
	findings []finding
	// suppressed are the findings a directive suppressed: only SARIF
	// lists them (as results with suppressions).
	suppressed []finding
	// checked are the import paths of the packages analyzed (a baseline
	// entry of another package is not gone, only not looked at).
	checked map[string]bool
	errors  []string // load, type-check and analyzer errors
	// notes say how packages with errors were analyzed ("analyzed with
	// incomplete type information: ..."); printed after the errors.
	notes []string
}

// analyze loads the packages, runs the suite, and collects deduplicated,
// sorted findings. Packages that fail to load are reported as errors; the
// others are still analyzed.
func analyze(o *options) (_ *result, err error) {
	if err := o.prof.start(); err != nil {
		return nil, err
	}
	var graph *checker.Graph
	defer func() {
		if perr := o.prof.stop(graph); err == nil && perr != nil {
			err = perr
		}
	}()
	suite := analyzers.Suite(&o.cfg)
	broken := make(map[*types.Package]bool) // the ill-typed packages, filled before the analysis
	skipped := new(skips)
	for _, a := range suite {
		recoverPanics(a)
		skipBroken(a, broken, skipped)
	}
	mode := packages.LoadSyntax | packages.NeedModule
	stopProgress := startProgress(o.stderr, isTerminal(o.stderr), progressDelay)
	load := &packages.Config{Mode: mode, Tests: o.cfg.Tests, BuildFlags: o.buildFlags(), Overlay: o.overlay}
	pkgs, err := packages.Load(load, o.patterns...)
	if err != nil {
		stopProgress()
		return nil, err
	}
	if noPackages(pkgs) {
		stopProgress()
		return nil, whyNoPackages(o)
	}
	facts := needFacts(suite)
	roots := rootIDs(pkgs) // the packages to report on
	if deps := moduleDeps(pkgs); facts && len(deps) > 0 {
		// Facts flow only between roots (linkRoots): load the module's
		// packages the roots depend on as roots too, so that a single
		// package gets the facts it gets within ./... (and under go vet).
		if pkgs, err = packages.Load(load, slices.Concat(o.patterns, deps)...); err != nil {
			stopProgress()
			return nil, err
		}
	}
	stopProgress()
	res := new(result)
	// Collect load errors before linkRoots prunes the imports: an import
	// that cannot be found carries the go command's error ("no required
	// module provides package ...") on its own stub package.
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		res.errors = append(res.errors, loadErrors(p)...)
		if p.IllTyped && p.Types != nil {
			broken[p.Types] = true
		}
	})
	if facts {
		linkRoots(pkgs)
	}
	o.prof.markLoaded(facts)
	graph, err = checker.Analyze(suite, pkgs, o.prof.checkerOptions())
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	incomplete := make(map[*packages.Package]*coverage) // ill-typed roots
	var order []*packages.Package
	res.checked = make(map[string]bool)
	for _, act := range graph.Roots {
		if !roots[act.Package.ID] {
			continue // a dependency analyzed for its facts
		}
		res.checked[act.Package.PkgPath] = true
		if act.Package.IllTyped && len(act.Package.Syntax) > 0 {
			c := incomplete[act.Package]
			if c == nil {
				c = new(coverage)
				incomplete[act.Package] = c
				order = append(order, act.Package)
			}
			c.add(&o.cfg, act, skipped.has(act.Package.Types, act.Analyzer))
		}
		if act.Err != nil {
			if !skippedErr(act.Err) {
				res.errors = append(res.errors, fmt.Sprintf("%s: %s: %s", act.Package.PkgPath, act.Analyzer.Name, redact(act.Err.Error())))
			}
			continue
		}
		for _, d := range act.Diagnostics {
			if act.Package.IllTyped && d.Category == "DS002" {
				// A rule may see less without types; a suppression it no
				// longer needs is not unused.
				continue
			}
			if f, ok := newFinding(act, d, seen); ok {
				res.findings = append(res.findings, f)
			}
		}
		if u, ok := act.Result.(*report.Usage); ok {
			for _, s := range u.Suppressed() {
				if f, ok := newFinding(act, s.Diagnostic, seen); ok {
					f.justification = s.Justification
					res.suppressed = append(res.suppressed, f)
				}
			}
		}
	}
	printed := make(map[string]bool) // one line per package, not per test variant
	for _, p := range order {
		line := incomplete[p].String()
		if line == "" || printed[p.PkgPath+line] {
			continue
		}
		printed[p.PkgPath+line] = true
		if incomplete[p].ran == 0 {
			// Nothing ran: this is an error (the package was not checked)
			// even when the package's own files are fine.
			res.errors = append(res.errors, fmt.Sprintf("%s: not analyzed: the package or a dependency has errors", p.PkgPath))
			continue
		}
		res.notes = append(res.notes, p.PkgPath+": "+line)
	}
	slices.SortFunc(res.findings, compareFindings)
	slices.SortFunc(res.suppressed, compareFindings)
	res.errors = slices.Compact(res.errors)
	return res, nil
}

// newFinding is the finding of d reported by act, unless seen has it (the
// same finding in a package and its test variant).
func newFinding(act *checker.Action, d analysis.Diagnostic, seen map[string]bool) (finding, bool) {
	fset := act.Package.Fset
	f := finding{pkg: act.Package.PkgPath, analyzer: act.Analyzer.Name, posn: fset.Position(d.Pos), diag: d, fset: fset}
	if d.End.IsValid() {
		f.end = fset.Position(d.End)
	}
	key := f.posn.String() + "\x00" + d.Message
	if seen[key] {
		return finding{}, false
	}
	seen[key] = true
	return f, true
}

// compareFindings orders findings by position, then message.
func compareFindings(a, b finding) int {
	if c := strings.Compare(a.posn.Filename, b.posn.Filename); c != 0 {
		return c
	}
	if a.posn.Line != b.posn.Line {
		return a.posn.Line - b.posn.Line
	}
	if a.posn.Column != b.posn.Column {
		return a.posn.Column - b.posn.Column
	}
	return strings.Compare(a.diag.Message, b.diag.Message)
}

// coverage counts the enabled rules that ran and were skipped on one
// package with errors: analyzers whose rules hold up with partial type
// information set RunDespiteErrors; the others (SSA, claim sets judged
// through library types) are skipped by the checker.
type coverage struct{ ran, skipped int }

func (c *coverage) add(cfg *config.Config, act *checker.Action, skipped bool) {
	n := 0
	for _, r := range rules.ForAnalyzer(act.Analyzer.Name) {
		if cfg.RuleEnabled(r.ID) {
			n++
		}
	}
	if skipped || (act.Err != nil && skippedErr(act.Err)) {
		c.skipped += n
	} else {
		c.ran += n
	}
}

// String is the note printed after the package's errors, or "" when no
// rule is enabled at all.
func (c *coverage) String() string {
	if c.ran+c.skipped == 0 {
		return ""
	}
	return fmt.Sprintf("analyzed with incomplete type information: %s ran, %d skipped", plural(c.ran, "rule"), c.skipped)
}

// skippedErr reports whether err is how the checker says it did not run an
// analyzer on a package with errors, or after a prerequisite (a fact
// dependency on such a package) did not run.
func skippedErr(err error) bool {
	return err.Error() == errSkipped || strings.HasPrefix(err.Error(), "failed prerequisites")
}

// skipBroken lets the checker run a on packages with errors even when a's
// rules need full types, and skips it there itself, with a result that
// judges no suppression (report.NotRun). The checker would otherwise skip a
// and then fail the directives analyzer, which requires every analyzer:
// DS001 would be lost on such packages. The skip is recorded in skipped.
func skipBroken(a *analysis.Analyzer, broken map[*types.Package]bool, skipped *skips) {
	if a.RunDespiteErrors {
		return
	}
	a.RunDespiteErrors = true
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		if broken[pass.Pkg] {
			skipped.add(pass.Pkg, a)
			return report.NotRun(a.Name), nil
		}
		return run(pass)
	}
}

// skips records which analyzers skipBroken skipped on which packages; the
// checker runs actions concurrently.
type skips struct {
	mu  sync.Mutex
	set map[skip]bool
}

type skip struct {
	pkg *types.Package
	a   *analysis.Analyzer
}

func (s *skips) add(pkg *types.Package, a *analysis.Analyzer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.set == nil {
		s.set = make(map[skip]bool)
	}
	s.set[skip{pkg, a}] = true
}

func (s *skips) has(pkg *types.Package, a *analysis.Analyzer) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.set[skip{pkg, a}]
}

// recoverPanics makes a panic in a's Run an error of the action, which the
// caller prints naming the package and the analyzer, instead of a crash
// that loses every other package's findings.
func recoverPanics(a *analysis.Analyzer) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (_ any, err error) {
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("internal error: panic: %v (at %s)", v, panicSite())
			}
		}()
		return run(pass)
	}
}

// panicSite is the file:line of the innermost frame that panicked, outside
// the runtime.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s:%d", filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown"
		}
	}
}

// rootIDs returns the IDs of the packages a load matched.
func rootIDs(pkgs []*packages.Package) map[string]bool {
	ids := make(map[string]bool, len(pkgs))
	for _, p := range pkgs {
		ids[p.ID] = true
	}
	return ids
}

// moduleDeps returns, sorted, the import paths of the packages that the
// roots depend on (directly or not) in the roots' own modules and that are
// not roots themselves: dslint ./internal/client/ needs the facts of
// ./internal/cache/. Dependencies of other modules are left out, as with
// ./..., and so is the standard library.
func moduleDeps(pkgs []*packages.Package) []string {
	mods := make(map[string]bool)
	roots := make(map[string]bool)
	for _, p := range pkgs {
		roots[p.PkgPath] = true
		if p.Module != nil {
			mods[p.Module.Path] = true
		}
	}
	var deps []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Module != nil && mods[p.Module.Path] && !roots[p.PkgPath] && !slices.Contains(deps, p.PkgPath) {
			deps = append(deps, p.PkgPath)
		}
	})
	slices.Sort(deps)
	return deps
}

// needFacts reports whether any analyzer in the suite (or one it requires)
// uses facts, in which case dependencies must be loaded from source.
func needFacts(as []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer) bool
	visit = func(a *analysis.Analyzer) bool {
		if seen[a] {
			return false
		}
		seen[a] = true
		return len(a.FactTypes) > 0 || slices.ContainsFunc(a.Requires, visit)
	}
	return slices.ContainsFunc(as, visit)
}

// linkRoots lets facts flow between the packages being linted without
// loading every dependency from source. Packages are loaded with syntax only
// for the roots (dependencies come from export data, as for an analyzer
// without facts); a root that imports another root is type-checked against
// that root's source types, so replacing each root's import stubs with the
// roots themselves gives the checker a consistent dependency graph among
// roots. The packages of the roots' modules that they depend on are loaded
// as roots too (moduleDeps), so a token-returning function in one package
// is known in another whichever packages the patterns name; dependencies of
// other modules carry no facts, as the standard library under nogo.
func linkRoots(pkgs []*packages.Package) {
	byID := make(map[string]*packages.Package, len(pkgs))
	for _, p := range pkgs {
		byID[p.ID] = p
	}
	for _, p := range pkgs {
		imports := make(map[string]*packages.Package)
		for path, imp := range p.Imports {
			if root, ok := byID[imp.ID]; ok {
				imports[path] = root
			}
		}
		p.Imports = imports
	}
}

// loadErrors returns the load errors of p as they should be printed, one
// line per problem, redacted (redact.go) and with paths relative to the
// working directory:
//   - the go command's summary of a package that does not compile ("# pkg"
//     and the compiler's lines, with no position of its own) is dropped when
//     the parser or type checker reports the package's errors itself;
//   - of the syntax errors of a file only the first is kept (the others
//     follow from it), and the type errors of a file with a syntax error
//     are dropped for the same reason;
//   - the type checker's "could not import P" is dropped when the go
//     command already said why P is missing;
//   - go/packages' "package ; expected package p" (no position, an empty
//     name) is dropped when a file's package clause did not parse: the
//     syntax error says it already;
//   - an error with no position is printed without the "-: " that stands
//     for one.
func loadErrors(p *packages.Package) []string {
	positioned, syntax := false, make(map[string]bool)
	var listed []string // messages of the go command's errors
	for _, e := range p.Errors {
		switch {
		case e.Kind == packages.ParseError:
			syntax[errFile(e.Pos)] = true
			positioned = true
		case e.Kind == packages.TypeError:
			positioned = true
		default:
			listed = append(listed, e.Msg)
		}
	}
	for _, imp := range p.Imports {
		for _, e := range imp.Errors {
			listed = append(listed, e.Msg)
		}
	}
	var out []string
	firstSyntax := make(map[string]bool)
	for _, e := range p.Errors {
		if len(syntax) > 0 && strings.Contains(e.Msg, "package ; expected package ") {
			continue
		}
		file := errFile(e.Pos)
		switch e.Kind {
		case packages.ParseError:
			if firstSyntax[file] {
				continue
			}
			firstSyntax[file] = true
		case packages.TypeError:
			if syntax[file] || importReported(e.Msg, listed) {
				continue
			}
		default:
			if e.Pos == "" || e.Pos == "-" {
				if strings.HasPrefix(e.Msg, "# ") && positioned {
					continue
				}
				out = append(out, redact(e.Msg))
				continue
			}
		}
		msg := e.Msg
		if e.Kind != packages.ListError {
			msg = firstLine(msg)
		}
		out = append(out, relPos(e.Pos)+": "+redact(msg))
	}
	return out
}

// errFile is the file name of a packages.Error position "file:line:col".
func errFile(pos string) string {
	if m := posRE.FindStringSubmatch(pos); m != nil {
		return m[1]
	}
	return pos
}

// posRE splits a position "file:line[:col]".
var posRE = regexp.MustCompile(`^(.*?)(:\d+(?::\d+)?)$`)

// relPos makes the file of a position relative to the working directory.
func relPos(pos string) string {
	if m := posRE.FindStringSubmatch(pos); m != nil {
		return repoRel(m[1]) + m[2]
	}
	return repoRel(pos)
}

// firstLine is the first line of a type checker or parser message; what
// follows it is the source the message quotes (an unterminated literal).
func firstLine(msg string) string {
	line, _, _ := strings.Cut(msg, "\n")
	return line
}

// importReported reports whether msg is the type checker's "could not
// import P" for a path P that an error of the go command already names.
func importReported(msg string, listed []string) bool {
	rest, ok := strings.CutPrefix(msg, "could not import ")
	if !ok {
		return false
	}
	path, _, _ := strings.Cut(rest, " ")
	return slices.ContainsFunc(listed, func(l string) bool { return strings.Contains(l, path) })
}

// errSkipped is how x/tools/go/analysis/checker says it did not run an
// analyzer because the package (or a dependency) has errors; it has no
// typed error.
const errSkipped = "analysis skipped due to errors in package"
