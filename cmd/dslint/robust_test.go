package main

// Robustness tests (skipped with -short; the std and x/tools sweeps only
// run with DSLINT_E2E=1, as .ci/run sets it): the built dslint
// binary over all of std and golang.org/x/tools/..., and over bad input
// (testdata/bad: a module of one good package next to packages that break
// loading or stress the analyzers). dslint must never panic or report an
// internal error; packages that fail to load give a clear error and exit
// status 2, and the packages that load are still analyzed.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dslint/dslint/internal/testutil"
)

// buildDslint builds the command under test into a temporary directory.
func buildDslint(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds dslint and analyzes large trees; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "dslint")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runResult is one dslint run.
type runResult struct {
	stdout, stderr string
	code           int
}

// runDslint runs bin with args in dir, failing the test if it takes longer
// than limit or crashes.
func runDslint(t *testing.T, bin, dir string, limit time.Duration, args ...string) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("dslint %s: timed out after %v", strings.Join(args, " "), limit)
	}
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatalf("dslint %s: %v", strings.Join(args, " "), err)
	}
	r := runResult{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
	assertNoCrash(t, r, args)
	return r
}

// crash matches what a panicking analyzer, a runtime fatal error (e.g. stack
// overflow) or an internal error of the driver prints.
var crash = regexp.MustCompile(`(?m)^panic: |^fatal error: |goroutine \d+ \[running\]|(?i)internal error`)

func assertNoCrash(t *testing.T, r runResult, args []string) {
	t.Helper()
	if loc := crash.FindStringIndex(r.stderr); loc != nil {
		t.Fatalf("dslint %s crashed (exit %d):\n%s", strings.Join(args, " "), r.code, excerpt(r.stderr, loc[0]))
	}
	if r.code != exitClean && r.code != exitFindings && r.code != exitError {
		t.Fatalf("dslint %s: exit status %d (want 0, 1 or 2)\nstderr:\n%s", strings.Join(args, " "), r.code, excerpt(r.stderr, 0))
	}
}

// excerpt returns up to 60 lines of s starting at byte offset i.
func excerpt(s string, i int) string {
	lines := strings.SplitN(s[i:], "\n", 61)
	if len(lines) > 60 {
		lines = append(lines[:60], "...")
	}
	return strings.Join(lines, "\n")
}

// TestRobustStd runs dslint over the whole standard library, tests
// included (they hold test keys, odd URLs and odd strings).
func TestRobustStd(t *testing.T) {
	testutil.RequireE2E(t, "analyzes all of std (minutes)")
	bin := buildDslint(t)
	r := runDslint(t, bin, t.TempDir(), 20*time.Minute, "-tests", "std")
	if r.code != exitClean && r.code != exitFindings {
		t.Fatalf("dslint -tests std: exit %d, want 0 or 1\nstderr:\n%s", r.code, excerpt(r.stderr, 0))
	}
	t.Logf("dslint -tests std: exit %d, %d findings", r.code, strings.Count(r.stdout, "\n"))
}

// TestRobustXTools runs dslint -tests over golang.org/x/tools/... (v0.52.0,
// fetched through the module proxy into a temporary module).
func TestRobustXTools(t *testing.T) {
	testutil.RequireE2E(t, "fetches and analyzes golang.org/x/tools/... (minutes)")
	bin := buildDslint(t)
	dir := t.TempDir()
	gomod := "module robust.test\n\ngo 1.26.0\n\nrequire golang.org/x/tools v0.52.0\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	get := exec.Command("go", "get", "-t", "golang.org/x/tools/...@v0.52.0")
	get.Dir = dir
	if out, err := get.CombinedOutput(); err != nil {
		if bytes.Contains(out, []byte("dial tcp")) || bytes.Contains(out, []byte("proxyconnect")) {
			t.Skipf("module proxy unreachable: %s", out)
		}
		t.Fatalf("go get -t golang.org/x/tools/...: %v\n%s", err, out)
	}
	r := runDslint(t, bin, dir, 20*time.Minute, "-tests", "golang.org/x/tools/...")
	if r.code != exitClean && r.code != exitFindings {
		t.Fatalf("dslint golang.org/x/tools/...: exit %d, want 0 or 1\nstderr:\n%s", r.code, excerpt(r.stderr, 0))
	}
	t.Logf("dslint -tests golang.org/x/tools/...: exit %d, %d findings", r.code, strings.Count(r.stdout, "\n"))
}

// goodFinding is the DS101 of testdata/bad/good, which every run must report.
const goodFinding = `good/good.go:5:29: DS101: `

// badCase is one bad-input package of testdata/bad.
type badCase struct {
	dir      string   // package directory (pattern ./dir/...)
	code     int      // expected exit status
	stderr   string   // regexp the error output must match (load errors)
	findings []string // substrings of findings in the case's own files
	once     string   // substring the error output must hold exactly once
	absent   string   // substring the error output must not hold
}

var badCases = []badCase{
	{dir: "syntax", code: exitError, stderr: `syntax/syntax\.go:6:14: .*expected '\)', found '\{'`, findings: []string{"syntax/syntax.go:4:29: DS101: "}},
	{dir: "clause", code: exitError, stderr: `clause/a\.go:2:9: expected 'IDENT', found 'EOF'`, findings: []string{"clause/b.go:4:29: DS101: "}, absent: "package ; expected package"},
	{dir: "missingmod", code: exitError, stderr: `missingmod/missing\.go:4:8: no required module provides package example\.org/notexist/pkg`, findings: []string{"missingmod/missing.go:6:29: DS101: "}},
	{dir: "cycle", code: exitError, stderr: `import cycle not allowed`, findings: []string{"cycle/a/a.go:7:23: DS101: "}},
	{dir: "typeerror", code: exitError, stderr: `typeerror/typeerror\.go:7:19: cannot use count\(\)`, once: "cannot use count()"},
	{dir: "nonutf8raw", code: exitError, stderr: `nonutf8raw/raw\.go:\d+:\d+: .*(invalid|illegal) UTF-8 encoding`},
	{dir: "generics", code: exitFindings, findings: []string{"generics/generics.go:15:29: DS101: ", "generics/generics.go:100:44: DS101: "}},
	{dir: "nonutf8", code: exitFindings, findings: []string{"nonutf8/nonutf8.go:5:29: DS101: ", "nonutf8/nonutf8.go:10:12: DS101: "}},
	{dir: "bigstring", code: exitFindings, findings: []string{"bigstring/big.go:4:29: DS101: ", "bigstring/big.go:7:10485783: DS101: "}},
	{dir: "deepnest", code: exitFindings, findings: []string{"deepnest/deep.go:4:29: DS101: "}},
	{dir: "cgo", code: exitFindings, findings: []string{"cgo/cgo.go:12:29: DS101: "}},
}

// TestBadInput runs dslint on each bad package next to the good one, then
// on the whole fixture module at once.
func TestBadInput(t *testing.T) {
	bin := buildDslint(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "bad"))); err != nil {
		t.Fatal(err)
	}
	writeGenerated(t, dir)
	cgo := cgoAvailable()
	for _, c := range badCases {
		t.Run(c.dir, func(t *testing.T) {
			if c.dir == "cgo" && !cgo {
				t.Skip("cgo is not available (CGO_ENABLED=0 or no C compiler)")
			}
			r := runDslint(t, bin, dir, 5*time.Minute, "./good", "./"+c.dir+"/...")
			checkBad(t, c, r)
		})
	}
	t.Run("all", func(t *testing.T) {
		r := runDslint(t, bin, dir, 5*time.Minute, "./...")
		if r.code != exitError {
			t.Errorf("exit status %d, want %d", r.code, exitError)
		}
		if !strings.Contains(r.stdout, goodFinding) {
			t.Errorf("missing the finding of the good package (%s...) in:\n%s", goodFinding, r.stdout)
		}
		if n := strings.Count(r.stderr, "example.com/bad/cycle/b: analyzed with incomplete type information"); n != 1 {
			t.Errorf("the package importing the cycle is reported %d times, want once:\n%s", n, r.stderr)
		}
		for _, c := range badCases {
			if c.stderr != "" && !regexp.MustCompile(c.stderr).MatchString(r.stderr) {
				t.Errorf("%s: error output does not match %q:\n%s", c.dir, c.stderr, r.stderr)
			}
		}
	})
}

func checkBad(t *testing.T, c badCase, r runResult) {
	t.Helper()
	if r.code != c.code {
		t.Errorf("exit status %d, want %d\nstderr:\n%s", r.code, c.code, excerpt(r.stderr, 0))
	}
	if !strings.Contains(r.stdout, goodFinding) {
		t.Errorf("the good package was not analyzed: no %q in\n%s", goodFinding, r.stdout)
	}
	if c.absent != "" && strings.Contains(r.stderr, c.absent) {
		t.Errorf("the error output holds %q:\n%s", c.absent, excerpt(r.stderr, 0))
	}
	if n := strings.Count(r.stderr, c.once); c.once != "" && n != 1 {
		t.Errorf("%q appears %d times in the error output, want once:\n%s", c.once, n, excerpt(r.stderr, 0))
	}
	if strings.Contains(r.stderr, "dslint: -: ") {
		t.Errorf("an error without a position is printed with \"-: \":\n%s", excerpt(r.stderr, 0))
	}
	if c.stderr != "" {
		if !regexp.MustCompile(c.stderr).MatchString(r.stderr) {
			t.Errorf("error output does not match %q:\n%s", c.stderr, excerpt(r.stderr, 0))
		}
	} else if s := withoutSummary(r.stderr); s != "" {
		t.Errorf("unexpected error output:\n%s", excerpt(s, 0))
	}
	for _, f := range c.findings {
		if strings.Contains(r.stdout, f) {
			continue
		}
		t.Errorf("the %s package was not analyzed: no finding %q in\n%s", c.dir, f, r.stdout)
	}
}

// cgoAvailable reports whether the go command can build cgo packages.
func cgoAvailable() bool {
	out, err := exec.Command("go", "env", "CGO_ENABLED", "CC").Output()
	if err != nil {
		return false
	}
	f := strings.Fields(string(out))
	if len(f) < 2 || f[0] != "1" {
		return false
	}
	_, err = exec.LookPath(f[1])
	return err == nil
}

// writeGenerated adds the fixtures too big or too odd to commit: a 10 MB
// string literal, expressions nested 10,000 levels deep, raw non-UTF-8
// bytes inside a string literal, and a syntax error (generated so that
// gofmt -l over the repository stays clean).
func writeGenerated(t *testing.T, dir string) {
	t.Helper()
	const header = "// Code for dslint's robustness test (generated by robust_test.go).\npackage %s\n\nconst authServer = \"https://account-d.docusign.com\"\n\n"
	files := map[string]string{}

	var b strings.Builder
	fmt.Fprintf(&b, header, "bigstring")
	b.WriteString("// Big is a 10 MB string literal that mentions a DocuSign host at its end.\nconst Big = \"")
	b.WriteString(strings.Repeat("abcdefghijklmnopqrstuvwxyz012345", 10<<20/32))
	b.WriteString(" https://demo.docusign.net/restapi\"\n\n// AuthServer returns the OAuth host.\nfunc AuthServer() string { return authServer + Big[:0] }\n")
	files["bigstring/big.go"] = b.String()

	const depth = 10000
	b.Reset()
	fmt.Fprintf(&b, header, "deepnest")
	b.WriteString("// Paren is nested 10,000 parentheses deep.\nconst Paren = " + strings.Repeat("(", depth) + "authServer" + strings.Repeat(")", depth) + "\n\n")
	b.WriteString("// Sum is a right-nested sum 10,000 levels deep.\nvar Sum = " + strings.Repeat("1 + (", depth) + "1" + strings.Repeat(")", depth) + "\n\n")
	b.WriteString("// Chain is a left-nested concatenation of 10,000 constants.\nconst Chain = authServer" + strings.Repeat(" + \"/x\"", depth) + "\n\n")
	b.WriteString("// Calls nests 10,000 calls.\nvar Calls = " + strings.Repeat("id(", depth) + "authServer" + strings.Repeat(")", depth) + "\n\n")
	b.WriteString("func id(s string) string { return s }\n")
	files["deepnest/deep.go"] = b.String()

	b.Reset()
	fmt.Fprintf(&b, header, "syntax")
	b.WriteString("func broken( {\n\treturn authServer\n}\n")
	files["syntax/syntax.go"] = b.String()

	// A package clause that does not parse in the package's first file: its
	// File.Pos is no position (endpoints dereferenced a nil token.File).
	files["clause/a.go"] = "// Code for dslint's robustness test (generated by robust_test.go).\npackage\n"
	b.Reset()
	fmt.Fprintf(&b, header, "clause")
	files["clause/b.go"] = b.String()

	b.Reset()
	fmt.Fprintf(&b, header, "nonutf8raw")
	b.WriteString("// Raw holds raw non-UTF-8 bytes, which Go source may not contain.\nconst Raw = \"https://account-d.docusign.com/\xff\xfe\x80\"\n")
	files["nonutf8raw/raw.go"] = b.String()

	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// withoutSummary drops the text format's summary (the "dslint: N findings
// in ..." line and the rule links under it) from stderr.
func withoutSummary(stderr string) string {
	var keep []string
	for _, l := range strings.SplitAfter(stderr, "\n") {
		if regexp.MustCompile(`^dslint: \d+ findings? in \d+ files? \(|^  DS\d+: https://`).MatchString(l) {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "")
}
