package main

import (
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dslint/dslint/analyzers"
)

// finding is one diagnostic with its resolved positions.
type finding struct {
	pkg      string // import path (test variants folded into their package)
	analyzer string
	posn     token.Position
	end      token.Position
	diag     analysis.Diagnostic
	fset     *token.FileSet
}

// result is what one run found.
type result struct {
	findings []finding
	errors   []string // load, type-check and analyzer errors
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
	mode := packages.LoadSyntax | packages.NeedModule
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: o.cfg.Tests, BuildFlags: o.buildFlags()}, o.patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(o.patterns, " "))
	}
	res := new(result)
	// Collect load errors before linkRoots prunes the imports: an import
	// that cannot be found carries the go command's error ("no required
	// module provides package ...") on its own stub package.
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		res.errors = append(res.errors, loadErrors(p)...)
	})
	facts := needFacts(suite)
	if facts {
		linkRoots(pkgs)
	}
	o.prof.markLoaded(facts)
	graph, err = checker.Analyze(suite, pkgs, o.prof.checkerOptions())
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	skipped := make(map[*packages.Package]bool)
	for _, act := range graph.Roots {
		if act.Err != nil {
			switch {
			case len(act.Package.Errors) > 0: // load errors are already reported
			case act.Err.Error() == errSkipped || strings.HasPrefix(act.Err.Error(), "failed prerequisites"):
				// One line per package, not one per analyzer: they are all
				// skipped alike when a dependency does not type-check.
				if !skipped[act.Package] {
					skipped[act.Package] = true
					res.errors = append(res.errors, fmt.Sprintf("%s: not analyzed: the package or a dependency has errors", act.Package.PkgPath))
				}
			default:
				res.errors = append(res.errors, fmt.Sprintf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			}
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			f := finding{pkg: act.Package.PkgPath, analyzer: act.Analyzer.Name, posn: fset.Position(d.Pos), diag: d, fset: fset}
			if d.End.IsValid() {
				f.end = fset.Position(d.End)
			}
			key := f.posn.String() + "\x00" + d.Message
			if seen[key] { // the same finding in a package and its test variant
				continue
			}
			seen[key] = true
			res.findings = append(res.findings, f)
		}
	}
	slices.SortFunc(res.findings, func(a, b finding) int {
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
	})
	res.errors = slices.Compact(res.errors)
	return res, nil
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
// roots. Dependencies outside the patterns carry no facts, as the standard
// library under nogo: with ./... every package of the module is a root, so
// a token-returning function in one package is still known in another.
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

// loadErrors returns the load errors of p as they should be printed: the
// go command's summary of a package that does not compile ("# pkg" and the
// compiler's lines, with no position of its own) is dropped when the type
// checker reports each of its lines too, and an error with no position is
// printed without the "-: " that stands for one.
func loadErrors(p *packages.Package) []string {
	var typeErrs []string
	for _, e := range p.Errors {
		if e.Kind == packages.TypeError {
			typeErrs = append(typeErrs, e.Msg)
		}
	}
	var out []string
	for _, e := range p.Errors {
		if e.Kind == packages.ListError && (e.Pos == "" || e.Pos == "-") {
			if strings.HasPrefix(e.Msg, "# ") && repeated(e.Msg, typeErrs) {
				continue
			}
			out = append(out, e.Msg)
			continue
		}
		out = append(out, e.Error())
	}
	return out
}

// repeated reports whether every compiler line of a "# pkg" summary
// ("file:line:col: msg") ends in the message of one of the type errors.
func repeated(summary string, typeErrs []string) bool {
	lines := strings.Split(strings.TrimSpace(summary), "\n")[1:]
	for _, line := range lines {
		if !slices.ContainsFunc(typeErrs, func(msg string) bool { return strings.HasSuffix(line, ": "+msg) }) {
			return false
		}
	}
	return len(lines) > 0
}

// errSkipped is how x/tools/go/analysis/checker says it did not run an
// analyzer because the package (or a dependency) has errors; it has no
// typed error.
const errSkipped = "analysis skipped due to errors in package"
