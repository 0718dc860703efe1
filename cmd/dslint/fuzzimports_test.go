package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/testutil"
)

const (
	// fuzzSample is how many packages of each tree TestFuzzImports mutates
	// (those with findings, and others chosen by the seed) unless
	// DSLINT_FUZZ_ALL=1 asks for every package (std 316, x/tools 205, the
	// libraries 157 that load): the sample keeps the test within .ci/run's
	// budget on two shared cores (one load and analysis per mutated
	// package: 1.5-3 s in std, 2-5 s in x/tools and the libraries).
	fuzzSample = 60
	// fuzzDefaultSeed is the seed when DSLINT_FUZZ_SEED does not set one,
	// so that a run is repeatable by default.
	fuzzDefaultSeed = 15
)

// TestFuzzImports removes one import at random (seeded, the seed is
// printed) from one file of each package (a sample, see fuzzSample) of
// std, of golang.org/x/tools and of the real libraries of the integration
// module (x/oauth2, esign, golang-jwt, jwx, go-jose), runs every analyzer
// on the package in-process as the standalone command does (an overlay
// holds the mutated file), and checks that no analyzer panics or fails and
// that no finding is new: the findings of the mutated package are a subset
// of the intact ones (the import's lines are blanked, so the other lines
// keep their positions). A rule must never report more because types are
// missing.
//
//	DSLINT_FUZZ_IMPORTS=1 DSLINT_FUZZ_ALL=1 DSLINT_FUZZ_SEED=7 go test ./cmd/dslint -run FuzzImports -timeout 0
func TestFuzzImports(t *testing.T) {
	testutil.RequireImportFuzz(t)
	seed := uint64(fuzzDefaultSeed)
	if s := os.Getenv("DSLINT_FUZZ_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("DSLINT_FUZZ_SEED=%q: %v", s, err)
		}
		seed = n
	}
	all := os.Getenv("DSLINT_FUZZ_ALL") == "1"
	t.Logf("seed %d (rerun with DSLINT_FUZZ_SEED=%d), all packages: %v", seed, seed, all)
	t.Setenv("GOWORK", "off")
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	// std and the libraries are analyzed with their tests (-tests), where
	// their keys, hosts and JWTs are; x/tools without (its tests add
	// minutes of dependencies and no DocuSign code).
	t.Run("std", func(t *testing.T) {
		fuzzTree(t, seed, all, true, root, "std")
	})
	t.Run("x-tools", func(t *testing.T) {
		// The x/tools of dslint's own go.mod.
		dir := fuzzModule(t, filepath.Join(root, "..", ".."), "golang.org/x/tools")
		fuzzTree(t, seed, all, false, dir, "golang.org/x/tools/...")
	})
	t.Run("libraries", func(t *testing.T) {
		mods := []string{
			"golang.org/x/oauth2", "github.com/jfcote87/esign",
			"github.com/golang-jwt/jwt/v4", "github.com/golang-jwt/jwt/v5",
			"github.com/lestrrat-go/jwx/v2", "github.com/lestrrat-go/jwx/v3",
			"github.com/go-jose/go-jose/v3", "github.com/go-jose/go-jose/v4",
		}
		dir := fuzzModule(t, integrationDir, mods...)
		var patterns []string
		for _, m := range mods {
			patterns = append(patterns, m+"/...")
		}
		fuzzTree(t, seed, all, true, dir, patterns...)
	})
}

// fuzzModule makes a temporary module with the go.mod and go.sum of the
// module in src, in which the modules mods are writable copies of those of
// the module cache (replace directives): the go command refuses overlays
// of files in the module cache. It returns the module's directory.
func fuzzModule(t *testing.T, src string, mods ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "go.mod" {
			// Another module path: dslint's own go.mod is copied for x/tools.
			_, rest, _ := strings.Cut(string(data), "\n")
			data = []byte("module fuzz.test\n" + rest)
		}
		writeFile(t, filepath.Join(dir, name), string(data))
	}
	if out, err := goCmd("go", dir, "mod", "download").CombinedOutput(); err != nil {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
	replaces := "\n"
	for i, m := range mods {
		out, err := goCmd("go", dir, "list", "-m", "-f", "{{.Dir}}", m).Output()
		if err != nil {
			t.Fatalf("go list -m %s: %v", m, err)
		}
		local := filepath.Join(dir, "mods", strconv.Itoa(i))
		if err := os.CopyFS(local, os.DirFS(strings.TrimSpace(string(out)))); err != nil {
			t.Fatal(err)
		}
		replaces += "replace " + m + " => ./mods/" + strconv.Itoa(i) + "\n"
	}
	f, err := os.OpenFile(filepath.Join(dir, "go.mod"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(replaces); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// fuzzTarget is one package to mutate: its import path and the files of
// it that have imports.
type fuzzTarget struct {
	path  string
	files []string
}

// fuzzTree runs the import-removal check on the packages of patterns,
// loaded in dir: the packages with findings and a sample of the others,
// fuzzSample in all, chosen by seed, or every package; tests: analyzed with
// their _test.go files (the import is removed from a file of the package
// itself).
func fuzzTree(t *testing.T, seed uint64, all, tests bool, dir string, patterns ...string) {
	t.Chdir(dir)
	start := time.Now()
	targets := fuzzTargets(t, patterns)
	// One run over the whole tree gives the intact findings (a package
	// alone is analyzed again only for a finding this run lacks: facts of
	// dependencies analyzed from source may excuse what export data does
	// not).
	whole := fuzzRun(t, patterns, tests, nil)
	checkAnalyzerErrors(t, "intact", whole)
	intact := make(map[string]bool)
	withFindings := make(map[string]bool)
	for _, f := range whole.findings {
		intact[findingKey(f)] = true
		withFindings[strings.TrimSuffix(f.pkg, "_test")] = true // an external test counts for its package
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	total := len(targets)
	if !all && len(targets) > fuzzSample {
		var sample, rest []fuzzTarget
		for _, tg := range targets {
			if withFindings[tg.path] {
				sample = append(sample, tg)
			} else {
				rest = append(rest, tg)
			}
		}
		for _, i := range rng.Perm(len(rest))[:max(0, min(len(rest), fuzzSample-len(sample)))] {
			sample = append(sample, rest[i])
		}
		slices.SortFunc(sample, func(a, b fuzzTarget) int { return strings.Compare(a.path, b.path) })
		targets = sample
	}
	mutated, broken, kept, newFindings := 0, 0, 0, 0
	for _, tg := range targets {
		file := tg.files[rng.IntN(len(tg.files))]
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text, what, ok := removeImport(t, file, src, rng.IntN)
		if !ok {
			continue
		}
		mutated++
		what = fmt.Sprintf("%s with %s of %s removed", tg.path, what, filepath.Base(file))
		got := fuzzRun(t, []string{tg.path}, tests, map[string][]byte{file: []byte(text)})
		checkAnalyzerErrors(t, what, got)
		if len(got.errors) > 0 {
			broken++ // the removed import was used: the package has errors
		}
		var alone map[string]bool // the intact package analyzed alone
		for _, f := range got.findings {
			key := findingKey(f)
			if !intact[key] && alone == nil {
				alone = make(map[string]bool)
				res := fuzzRun(t, []string{tg.path}, tests, nil)
				checkAnalyzerErrors(t, tg.path+" intact", res)
				for _, f := range res.findings {
					alone[findingKey(f)] = true
				}
			}
			if intact[key] || alone[key] {
				kept++
				continue
			}
			newFindings++
			t.Errorf("%s: new finding %s (types missing must never add findings)", what, key)
		}
	}
	t.Logf("%s: %d of %d packages mutated (seed %d; the %d with findings and a sample of the others), %d of them with errors then, in %v; %d intact findings, %d kept by the mutated packages, %d new",
		strings.Join(patterns, " "), mutated, total, seed, len(withFindings), broken, time.Since(start).Round(time.Second), len(whole.findings), kept, newFindings)
	if mutated < len(targets)/2 {
		t.Errorf("only %d of %d sampled packages were mutated", mutated, len(targets))
	}
}

// fuzzTargets lists the packages of patterns that load without errors (in
// them or their dependencies) and have a file with an import (files that
// import "C" are left alone: their compiled form is cgo's output), sorted
// by import path.
func fuzzTargets(t *testing.T, patterns []string) []fuzzTarget {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	bad := make(map[*packages.Package]bool) // the package or a dependency has errors
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		bad[p] = len(p.Errors) > 0
		for _, imp := range p.Imports {
			bad[p] = bad[p] || bad[imp]
		}
	})
	var out []fuzzTarget
	for _, p := range pkgs {
		if bad[p] || len(p.Imports) == 0 {
			continue
		}
		var files []string
		for _, name := range p.GoFiles {
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Imports) > 0 && !slices.ContainsFunc(f.Imports, func(s *ast.ImportSpec) bool { return s.Path.Value == `"C"` }) {
				files = append(files, name)
			}
		}
		if len(files) > 0 {
			out = append(out, fuzzTarget{path: p.PkgPath, files: files})
		}
	}
	slices.SortFunc(out, func(a, b fuzzTarget) int { return strings.Compare(a.path, b.path) })
	if len(out) == 0 {
		t.Fatalf("no package of %v loads", patterns)
	}
	return out
}

// fuzzRun analyzes patterns in-process as `dslint [-tests] patterns` does,
// with the files of overlay replaced.
func fuzzRun(t *testing.T, patterns []string, tests bool, overlay map[string][]byte) *result {
	t.Helper()
	args := patterns
	if tests {
		args = append([]string{"-tests"}, patterns...)
	}
	o, err := parseFlags(args, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	o.overlay = overlay
	res, err := analyze(o)
	if err != nil {
		t.Fatalf("dslint %s: %v", strings.Join(args, " "), err)
	}
	return res
}

// checkAnalyzerErrors fails t for each analyzer failure of res, the run
// described by what.
func checkAnalyzerErrors(t *testing.T, what string, res *result) {
	t.Helper()
	for _, e := range res.errors {
		if analyzerError(e) {
			t.Errorf("%s: %s", what, e)
		}
	}
}

// analyzerError reports whether e, an error of a run, is an analyzer's
// failure ("pkg: analyzer: ...", a recovered panic included) rather than a
// load or type-check error ("file:line:col: ...").
func analyzerError(e string) bool {
	pkg, rest, _ := strings.Cut(e, ": ")
	for _, a := range analyzers.All() {
		if !strings.Contains(pkg, ".go:") && strings.HasPrefix(rest, a.Name+": ") {
			return true
		}
	}
	return strings.Contains(e, "internal error")
}

// findingKey is "file:line:col: DSnnn" of f.
func findingKey(f finding) string {
	return f.posn.String() + ": " + f.diag.Category
}
