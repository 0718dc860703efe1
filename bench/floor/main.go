// Command floor is the cost floor dslint is measured against: the same
// x/tools version and the same standalone driver path as cmd/dslint
// (packages.Load with the same mode, then checker.Analyze), running a single
// no-op pass that walks every file's syntax with the inspector.
//
// Keep it in step with cmd/dslint/analyze.go: the only intended difference
// is the analyzer list. Exit status as dslint: 0 ok, 2 load errors.
//
//	floor [-tests] [-facts] packages...
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

// noop walks all syntax once (as every real analyzer does at least once)
// and reports nothing.
var noop = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop walks the syntax with the inspector and reports nothing",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		n := 0
		insp.Preorder([]ast.Node{(*ast.BasicLit)(nil), (*ast.CallExpr)(nil)}, func(ast.Node) { n++ })
		return nil, nil
	},
}

func main() {
	tests := flag.Bool("tests", false, "also load test packages (as dslint -tests)")
	facts := flag.Bool("facts", false, "load dependencies from source, as dslint does when an analyzer uses facts")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: floor [-tests] packages...")
		os.Exit(2)
	}
	// Same modes as cmd/dslint (LoadAllSyntax when an analyzer uses facts).
	mode := packages.LoadSyntax | packages.NeedModule
	if *facts {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: *tests}, flag.Args()...)
	if err != nil {
		fmt.Fprintf(os.Stderr, "floor: %v\n", err)
		os.Exit(2)
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(os.Stderr, "floor: %s matched no packages\n", strings.Join(flag.Args(), " "))
		os.Exit(2)
	}
	nerr := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			fmt.Fprintf(os.Stderr, "floor: %v\n", e)
			nerr++
		}
	})
	graph, err := checker.Analyze([]*analysis.Analyzer{noop}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(os.Stderr, "floor: %v\n", err)
		os.Exit(2)
	}
	for _, act := range graph.Roots {
		if act.Err != nil && len(act.Package.Errors) == 0 {
			fmt.Fprintf(os.Stderr, "floor: %s: %v\n", act.Package.PkgPath, act.Err)
			nerr++
		}
	}
	if nerr > 0 {
		os.Exit(2)
	}
}
