package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dslint/dslint/internal/rules"
	"github.com/dslint/dslint/internal/testutil"
)

// The integration module (testdata/integration) imports the real DocuSign
// client libraries. TestIntegration builds dslint, runs it on that module
// standalone and as a go vet tool, and compares the findings of each analyzer
// directory with its dslint.golden file.
//
//	go test ./cmd/dslint -run Integration -update   # rewrite the golden files

var updateGolden = flag.Bool("update", false, "rewrite testdata/integration/*/dslint.golden")

const (
	integrationDir    = "../../testdata/integration"
	integrationModule = "dslint.test/integration"
	goldenName        = "dslint.golden"
)

func TestIntegration(t *testing.T) {
	testutil.RequireE2E(t, "builds dslint and loads the real DocuSign libraries")
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	dir, err := filepath.Abs(integrationDir)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "dslint")
	if out, err := goCmd(gobin, ".", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build cmd/dslint: %v\n%s", err, out)
	}
	if out, err := goCmd(gobin, dir, "mod", "download").CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s", dir, err, out)
	}

	t.Run("golden", func(t *testing.T) {
		standalone := runStandalone(t, bin, dir)
		vet := runVet(t, gobin, bin, dir)
		if missing, extra := diffLines(standalone, vet); len(missing)+len(extra) > 0 {
			t.Errorf("standalone and go vet disagree\nonly standalone:\n%s\nonly go vet:\n%s",
				indent(missing), indent(extra))
		}
		compareGoldens(t, dir, standalone)
	})
	t.Run("json", func(t *testing.T) {
		checkJSON(t, bin, dir)
	})
}

// goCmd is a go command run in dir, outside any go.work.
func goCmd(gobin, dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(gobin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	return cmd
}

// runStandalone runs `dslint ./...` in dir and returns its normalised
// findings, checking the exit code: 1 with findings, 0 without.
func runStandalone(t *testing.T, bin, dir string) []string {
	t.Helper()
	cmd := exec.Command(bin, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := exitCode(t, cmd.Run())
	if s := withoutSummary(stderr.String()); s != "" {
		t.Errorf("dslint ./... wrote to stderr:\n%s", s)
	}
	lines, bad := normalise(dir, stdout.String())
	for _, l := range bad {
		t.Errorf("dslint ./...: unexpected output line %q", l)
	}
	want := exitClean
	if len(lines) > 0 {
		want = exitFindings
	}
	if code != want {
		t.Errorf("dslint ./... exited %d with %d findings, want %d", code, len(lines), want)
	}
	return lines
}

// runVet runs `go vet -vettool=bin ./...` in dir and returns its normalised
// findings; vet exits 1 when there are findings.
func runVet(t *testing.T, gobin, bin, dir string) []string {
	t.Helper()
	cmd := goCmd(gobin, dir, "vet", "-vettool="+bin, "./...")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := exitCode(t, cmd.Run())
	lines, bad := normalise(dir, stdout.String()+stderr.String())
	for _, l := range bad {
		t.Errorf("go vet -vettool: unexpected output line %q", l)
	}
	want := exitClean
	if len(lines) > 0 {
		want = exitFindings
	}
	if code != want {
		t.Errorf("go vet -vettool exited %d with %d findings, want %d", code, len(lines), want)
	}
	return lines
}

// exitCode returns the exit status of a finished command, failing the test
// if it could not be run at all.
func exitCode(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	t.Fatal(err)
	return -1
}

// findingRE matches a text diagnostic: file:line:col: message.
var findingRE = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.*)$`)

// normalise turns dslint or go vet output into sorted, deduplicated lines
// "relpath:line:col: message" with slash-separated paths relative to dir.
// Package headers ("# pkg"), blank lines and go vet's related information
// ("file:line:col: \tmessage" lines after a finding, which dslint's text
// output leaves to -json and SARIF) are dropped; any other line that is not
// a finding is returned in bad.
func normalise(dir, out string) (lines, bad []string) {
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "# ") {
			continue
		}
		m := findingRE.FindStringSubmatch(l)
		if m == nil {
			bad = append(bad, l)
			continue
		}
		if strings.HasPrefix(m[4], "\t") {
			continue // related information of the finding above
		}
		lines = append(lines, fmt.Sprintf("%s:%s:%s: %s", relPath(dir, m[1]), m[2], m[3], m[4]))
	}
	slices.Sort(lines)
	return slices.Compact(lines), bad
}

// relPath makes a reported file name relative to dir, slash-separated.
func relPath(dir, name string) string {
	if filepath.IsAbs(name) {
		if rel, err := filepath.Rel(dir, name); err == nil {
			name = rel
		}
	}
	return filepath.ToSlash(filepath.Clean(name))
}

// compareGoldens checks each analyzer directory's findings against its
// golden file, or rewrites the golden files under -update.
func compareGoldens(t *testing.T, dir string, findings []string) {
	t.Helper()
	groups := make(map[string][]string)
	for _, f := range findings {
		first, _, ok := strings.Cut(f, "/")
		if !ok {
			t.Errorf("finding outside an analyzer directory: %s", f)
			continue
		}
		groups[first] = append(groups[first], f)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]bool)
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		seen[name] = true
		golden := filepath.Join(dir, name, goldenName)
		got := groups[name]
		if *updateGolden {
			var content string
			if len(got) > 0 {
				content = strings.Join(got, "\n") + "\n"
			}
			if err := os.WriteFile(golden, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%v (run: go test ./cmd/dslint -run Integration -update)", err)
			continue
		}
		want := goldenLines(string(data))
		if missing, extra := diffLines(want, got); len(missing)+len(extra) > 0 {
			t.Errorf("%s/%s is stale (after checking the changes, run: go test ./cmd/dslint -run Integration -update)\nmissing findings:\n%s\nnew findings:\n%s",
				name, goldenName, indent(missing), indent(extra))
		}
	}
	for name := range groups {
		if !seen[name] {
			t.Errorf("findings in %s, which is not a directory of %s", name, dir)
		}
	}
}

// goldenLines reads a golden file: one finding per line, blank lines ignored.
func goldenLines(s string) []string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimRight(l, "\r"); strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// diffLines returns the lines of want missing from got and the lines of got
// not in want.
func diffLines(want, got []string) (missing, extra []string) {
	for _, w := range want {
		if !slices.Contains(got, w) {
			missing = append(missing, w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			extra = append(extra, g)
		}
	}
	return missing, extra
}

func indent(lines []string) string {
	if len(lines) == 0 {
		return "\t(none)"
	}
	return "\t" + strings.Join(lines, "\n\t")
}

// ruleIDRE matches the rule ID that starts every message.
var ruleIDRE = regexp.MustCompile(`^(DS\d{3}): `)

// checkJSON runs `dslint -json ./...` and checks the go vet -json shape
// {pkgpath: {analyzer: [{posn, message, ...}]}}: every message starts with
// its rule ID, the category is that ID, the rule belongs to the analyzer it
// is listed under, and the findings are those of the text output.
func checkJSON(t *testing.T, bin, dir string) {
	cmd := exec.Command(bin, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if code := exitCode(t, cmd.Run()); code != exitClean {
		t.Errorf("dslint -json ./... exited %d, want 0 (like go vet -json)\n%s", code, stderr.String())
	}
	var out map[string]map[string][]jsonDiag
	dec := json.NewDecoder(&stdout)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("dslint -json output is not {pkgpath: {analyzer: [diagnostic]}}: %v", err)
	}
	var fromJSON []string
	for pkg, byAnalyzer := range out {
		if pkg != integrationModule && !strings.HasPrefix(pkg, integrationModule+"/") {
			t.Errorf("package key %q is not in module %s", pkg, integrationModule)
		}
		for analyzer, diags := range byAnalyzer {
			if len(diags) == 0 {
				t.Errorf("%s: %s: empty diagnostic list", pkg, analyzer)
			}
			for _, d := range diags {
				checkJSONDiag(t, pkg, analyzer, d)
				if m := findingRE.FindStringSubmatch(d.Posn + ": " + d.Message); m != nil {
					fromJSON = append(fromJSON, fmt.Sprintf("%s:%s:%s: %s", relPath(dir, m[1]), m[2], m[3], m[4]))
				}
			}
		}
	}
	slices.Sort(fromJSON)
	fromJSON = slices.Compact(fromJSON)
	text := runStandalone(t, bin, dir)
	if missing, extra := diffLines(text, fromJSON); len(missing)+len(extra) > 0 {
		t.Errorf("-json and text output disagree\nonly text:\n%s\nonly json:\n%s", indent(missing), indent(extra))
	}
}

// checkJSONDiag checks one diagnostic of the -json output.
func checkJSONDiag(t *testing.T, pkg, analyzer string, d jsonDiag) {
	t.Helper()
	where := fmt.Sprintf("%s: %s: %s", pkg, analyzer, d.Posn)
	if !findingRE.MatchString(d.Posn + ": x") {
		t.Errorf("%s: posn %q is not file:line:col", where, d.Posn)
	}
	m := ruleIDRE.FindStringSubmatch(d.Message)
	if m == nil {
		t.Errorf("%s: message %q does not start with a rule ID (DS123: )", where, d.Message)
		return
	}
	id := m[1]
	if d.Category != id {
		t.Errorf("%s: category %q, want the message's rule ID %s", where, d.Category, id)
	}
	r, ok := rules.Lookup(id)
	switch {
	case !ok:
		t.Errorf("%s: unknown rule %s", where, id)
	case r.Analyzer != analyzer:
		t.Errorf("%s: rule %s belongs to analyzer %s, reported under %s", where, id, r.Analyzer, analyzer)
	}
}
