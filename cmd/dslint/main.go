// Command dslint finds DocuSign integration mistakes in Go code: demo hosts
// shipped to production, embedded private keys, broken JWT assertions,
// scopes that break the grant rules, and access tokens reused after they
// expire.
//
// Standalone:
//
//	dslint [flags] packages...
//
// As a vet tool (the unitchecker protocol):
//
//	go vet -vettool=$(command -v dslint) [flags] packages...
//
// Output: -format=text (default), json (the go vet -json shape), sarif
// (SARIF 2.1.0 for code scanning) or github (workflow annotations). -fix
// applies the suggested fixes and reports the findings left; -diff prints
// the fixes as a unified diff. Arguments that are all .go files are mapped
// to the packages containing them (pre-commit passes changed files); if
// they are all under vendor/ or testdata/ there is nothing to check (exit 0).
//
// Exit status (standalone): 0 no findings, 1 findings, 2 usage or load
// errors (packages that load are still analyzed). -format=json and sarif
// exit 0 unless -fail is given, like go vet -json. Under go vet, vet's own
// exit codes apply (1 when there are findings).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/config"
)

func main() {
	if vetMode(os.Args[1:]) {
		cfg := new(config.Config)
		cfg.RegisterFlags(flag.CommandLine)
		unitchecker.Main(analyzers.Suite(cfg)...) // exits
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// vetMode reports whether dslint was started by cmd/go under the vet tool
// protocol: `dslint -flags`, `dslint -V=full`, or `dslint [flags] x.cfg`.
func vetMode(args []string) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V") || strings.HasPrefix(a, "--V") {
			return true
		}
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}

// Exit codes of the standalone command.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

// run is the standalone command; it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	if err == flag.ErrHelp {
		return exitClean
	}
	if err != nil {
		return exitError
	}
	if opts.version {
		fmt.Fprintf(stdout, "dslint %s\n", version())
		return exitClean
	}
	if opts.explain.set {
		return explain(opts.explain.ids, stdout, stderr)
	}
	if len(opts.patterns) == 0 && opts.onlyFiles {
		return exitClean // only vendor/ or testdata/ files were passed
	}
	if len(opts.patterns) == 0 {
		fmt.Fprintln(stderr, "dslint: no packages given; try: dslint ./...")
		return exitError
	}
	res, err := analyze(opts)
	if err != nil {
		fmt.Fprintf(stderr, "dslint: %v\n", err)
		return exitError
	}
	for _, e := range res.errors {
		fmt.Fprintf(stderr, "dslint: %s\n", e)
	}
	for _, n := range res.notes {
		fmt.Fprintf(stderr, "dslint: %s\n", n)
	}
	if opts.writeBL != "" {
		if err := writeBaseline(opts.writeBL, res); err != nil {
			fmt.Fprintf(stderr, "dslint: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "dslint: wrote %s to %s\n", plural(len(res.findings), "finding"), opts.writeBL)
		if len(res.errors) > 0 {
			return exitError
		}
		return exitClean
	}
	if opts.baseline != "" {
		if err := applyBaseline(opts.baseline, res, stderr); err != nil {
			fmt.Fprintf(stderr, "dslint: %v\n", err)
			return exitError
		}
	}
	if err := print(opts, res, stdout); err != nil {
		fmt.Fprintf(stderr, "dslint: %v\n", err)
		return exitError
	}
	switch {
	case len(res.errors) > 0:
		return exitError
	case len(res.findings) > 0 && (opts.format == "text" || opts.format == "github" || opts.fail):
		return exitFindings
	}
	return exitClean
}
