package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/rules"
)

// options are the parsed standalone command line.
type options struct {
	cfg      config.Config
	format   string // text, json, sarif, github
	fail     bool   // exit 1 on findings in json/sarif formats too
	explain  explainFlag
	version  bool   // -version: print the version and exit
	tags     string // -tags: build tags, passed to the go command
	baseline string // -baseline: report only findings not in this file (baseline.go)
	writeBL  string // -write-baseline: write the findings to this file (baseline.go)
	fix      bool   // apply suggested fixes (fix.go)
	diff     bool   // print suggested fixes as a unified diff (fix.go)
	patterns []string
	// onlyFiles: the arguments were .go files (a pre-commit hook), mapped
	// to their packages by packagePatterns
	onlyFiles bool
	stderr    io.Writer
	prof      profiling // -stats, -cpuprofile, -memprofile (stats.go)
	// overlay replaces the contents of files by name when loading (no
	// flag: the import-removal fuzz harness analyzes mutated copies of
	// packages it cannot write, such as std's, this way).
	overlay map[string][]byte
}

var formats = []string{"text", "json", "sarif", "github"}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{format: "text", stderr: stderr}
	fs := flag.NewFlagSet("dslint", flag.ContinueOnError)
	// Parse errors are printed as one line below, not with the whole help.
	fs.SetOutput(io.Discard)
	o.cfg.RegisterFlags(fs)
	fs.StringVar(&o.format, "format", o.format, "output format: "+strings.Join(formats, ", "))
	fs.BoolFunc("json", "same as -format=json (the shape of go vet -json)", func(s string) error {
		if b, err := strconv.ParseBool(s); err != nil || b {
			o.format = "json"
		}
		return nil
	})
	fs.BoolVar(&o.fail, "fail", false, "with -format=json or sarif, exit 1 when there are findings")
	fs.Var(&o.explain, "explain", "print the documentation of the rules or analyzers given as arguments (dslint -explain DS101 DS301), or with none the rule list, and exit")
	fs.BoolVar(&o.version, "version", false, "print dslint's version and exit")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build tags: files they select are loaded and checked (like go build -tags)")
	fs.StringVar(&o.baseline, "baseline", "", "report only the findings not recorded in this baseline file (see -write-baseline)")
	fs.StringVar(&o.writeBL, "write-baseline", "", "write the current findings to this baseline file and exit 0")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes, then report the findings left")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff instead of applying them")
	o.prof.register(fs, stderr)
	for _, name := range rules.Analyzers() {
		fs.Var(analyzerFlag{name, &o.cfg}, name, fmt.Sprintf("enable only %s (-%s=false: disable it)", name, name))
	}
	fs.Usage = func() {}
	if err := fs.Parse(args); err == flag.ErrHelp {
		fs.SetOutput(stderr)
		usage(fs, stderr)
		return nil, err
	} else if err != nil {
		fmt.Fprintf(stderr, "dslint: %v (dslint -help lists the flags)\n", err)
		return nil, err
	}
	if !contains(formats, o.format) {
		fmt.Fprintf(stderr, "dslint: unknown -format %q (want one of %s)\n", o.format, strings.Join(formats, ", "))
		return nil, fmt.Errorf("bad format")
	}
	if o.explain.set {
		o.explain.ids = append(o.explain.ids, fs.Args()...)
		return o, nil
	}
	o.patterns, o.onlyFiles = packagePatterns(fs.Args())
	if o.onlyFiles {
		warnMissingFiles(fs.Args(), stderr)
	}
	return o, nil
}

// analyzerFlag is the tri-state -<analyzer> flag of multichecker:
// -pemkey runs only pemkey (and any other analyzer named so),
// -pemkey=false runs everything else.
type analyzerFlag struct {
	name string
	cfg  *config.Config
}

func (f analyzerFlag) String() string   { return "" }
func (f analyzerFlag) IsBoolFlag() bool { return true }
func (f analyzerFlag) Set(s string) error {
	on, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	if on {
		f.cfg.Enable = append(f.cfg.Enable, f.name)
	} else {
		f.cfg.Disable = append(f.cfg.Disable, f.name)
	}
	return nil
}

// explainFlag is -explain: a bool flag, so that `-explain DS101 DS301`
// takes its IDs from the arguments and a bare `-explain` lists the rules;
// -explain=DS101,DS301 works too.
type explainFlag struct {
	set bool
	ids []string
}

func (f *explainFlag) String() string   { return strings.Join(f.ids, ",") }
func (f *explainFlag) IsBoolFlag() bool { return true }
func (f *explainFlag) Set(s string) error {
	if b, err := strconv.ParseBool(s); err == nil {
		f.set = b
		return nil
	}
	f.set = true
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			f.ids = append(f.ids, id)
		}
	}
	return nil
}

func usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprint(w, `dslint finds DocuSign integration mistakes in Go code.

Usage:
  dslint [flags] packages...                      e.g. dslint ./...
  go vet -vettool=$(command -v dslint) packages...
  dslint -format=sarif ./... > dslint.sarif     (also: text, json, github)
  dslint -fix ./...  |  dslint -diff ./...       apply or show suggested fixes
  dslint changed.go other/file.go                 .go files: their packages are checked
  dslint -explain DS101 DS301                     rule documentation (-explain alone: the rule list)
  dslint -version

Exit status: 0 no findings, 1 findings, 2 usage or load error.
-format=json and sarif exit 0 unless -fail is given.

Rules:
`)
	listRules(w)
	fmt.Fprintln(w, "\nSuppress one finding with //dslint:ignore DS101 <reason> on its line or the line above.")
	fmt.Fprintln(w, "\nFlags:")
	fs.PrintDefaults()
}

// buildFlags are the go command flags of -tags.
func (o *options) buildFlags() []string {
	if o.tags == "" {
		return nil
	}
	return []string{"-tags=" + o.tags}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
