package main

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/rules"
	"github.com/dslint/dslint/internal/testutil"
)

// testdata/despite is a module of two packages that do not type-check, as
// found in DocuSign integrations: a package main importing a path that no
// module provides, and a package whose generated file is not committed.
// Standalone dslint still reports what the code there shows.
const despiteDir = "testdata/despite"

// despiteFindings are the findings of testdata/despite: position and rule.
var despiteFindings = []string{
	"generated/client.go:17:27: DS101",
	"generated/client.go:40:31: DS103",
	"generated/client.go:40:32: DS101", // a demo aud; the production host of line 48 is another use
	"generated/client.go:48:9: DS401",
	"generated/client.go:53:21: DS601",
	"generated/key.go:3:21: DS201",
	"unresolved/key.go:3:20: DS201",
	"unresolved/main.go:18:29: DS101",
	"unresolved/main.go:26:12: DS103",
	"unresolved/main.go:26:21: DS101",
	"unresolved/main.go:35:9: DS401",
	"unresolved/main.go:44:17: DS601",
}

// despiteErrors are the load errors dslint prints for it.
var despiteErrors = []string{
	"dslint: generated/client.go:21:10: undefined: Client",
	"dslint: unresolved/main.go:14:2: no required module provides package example.org/notexist/settings",
}

// despiteNotes are the notes that say how its packages were analyzed.
var despiteNotes = []string{
	"dslint: example.com/despite/generated: analyzed with incomplete type information: " + despiteCoverage(),
	"dslint: example.com/despite/unresolved: analyzed with incomplete type information: " + despiteCoverage(),
}

// despiteCoverage is the "N rules ran, M skipped" of a package that does
// not type-check, from the rule table and the analyzers' RunDespiteErrors
// (every rule is enabled by default).
func despiteCoverage() string {
	ran, skipped := 0, 0
	for _, a := range analyzers.All() {
		if n := len(rules.ForAnalyzer(a.Name)); a.RunDespiteErrors {
			ran += n
		} else {
			skipped += n
		}
	}
	return fmt.Sprintf("%d rules ran, %d skipped", ran, skipped)
}

// writeKeys adds to a copy of testdata/despite or testdata/despitelibs the
// throwaway RSA key each package embeds (generated, so that no key is committed for this test).
func writeKeys(t *testing.T, dir string) {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	block := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)})
	for pkg, name := range map[string]string{"unresolved": "main privateKey", "generated": "generated embeddedKey"} {
		pkgName, constName, _ := strings.Cut(name, " ")
		src := "package " + pkgName + "\n\nconst " + constName + " = `" + string(block) + "`\n"
		writeFile(t, filepath.Join(dir, pkg, "key.go"), src)
	}
}

// despiteCopy copies testdata/despite with its keys into a temporary
// directory and returns it.
func despiteCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(despiteDir)); err != nil {
		t.Fatal(err)
	}
	writeKeys(t, dir)
	return dir
}

// positionRule reduces a text finding to "file:line:col: DSnnn".
var positionRule = regexp.MustCompile(`^(\S+:\d+:\d+: DS\d{3}): `)

// TestDespiteErrors runs the built binary on packages that do not
// type-check: their findings are reported next to their load errors (exit
// status 2) in text, JSON and SARIF output.
func TestDespiteErrors(t *testing.T) {
	bin := buildDslint(t)
	checkDespite(t, bin, despiteCopy(t), despiteFindings, despiteErrors, despiteNotes)
}

// checkDespite runs bin on ./... in dir, a module whose packages do not
// type-check, and checks that the text, JSON and SARIF output hold exactly
// the findings, and the load errors and notes beside them.
func checkDespite(t *testing.T, bin, dir string, findings, loadErrors, notes []string) {
	t.Helper()
	t.Run("text", func(t *testing.T) {
		r := runDslint(t, bin, dir, 2*time.Minute, "./...")
		if r.code != exitError {
			t.Errorf("exit status %d, want %d (load errors)", r.code, exitError)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			if m := positionRule.FindStringSubmatch(l); m != nil {
				got = append(got, m[1])
			} else {
				t.Errorf("not a finding: %q", l)
			}
		}
		if !slices.Equal(got, findings) {
			t.Errorf("findings:\n%s\nwant:\n%s", indent(got), indent(findings))
		}
		for _, e := range slices.Concat(loadErrors, notes) {
			if !strings.Contains(r.stderr, e) {
				t.Errorf("error output lacks %q:\n%s", e, r.stderr)
			}
		}
		if strings.Contains(r.stderr, "could not import") {
			t.Errorf("the unresolved import is reported twice (go command and type checker):\n%s", r.stderr)
		}
	})

	t.Run("json", func(t *testing.T) {
		r := runDslint(t, bin, dir, 2*time.Minute, "-json", "./...")
		var out map[string]map[string][]jsonDiag
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
			t.Fatalf("dslint -json: %v\n%s", err, r.stdout)
		}
		var got []string
		for _, byAnalyzer := range out {
			for _, diags := range byAnalyzer {
				for _, d := range diags {
					if m := positionRule.FindStringSubmatch(relPath(dir, d.Posn) + ": " + d.Message); m != nil {
						got = append(got, m[1])
					}
				}
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, findings) {
			t.Errorf("findings:\n%s\nwant:\n%s", indent(got), indent(findings))
		}
		for _, e := range loadErrors {
			if !strings.Contains(r.stderr, e) {
				t.Errorf("-json: error output lacks the load error %q:\n%s", e, r.stderr)
			}
		}
	})

	t.Run("sarif", func(t *testing.T) {
		r := runDslint(t, bin, dir, 2*time.Minute, "-format=sarif", "./...")
		var log sarifLog
		if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
			t.Fatalf("dslint -format=sarif: %v", err)
		}
		run := log.Runs[0]
		var got []string
		for _, res := range run.Results {
			reg := res.Locations[0].PhysicalLocation.Region
			got = append(got, fmt.Sprintf("%s:%d:%d: %s", res.Locations[0].PhysicalLocation.ArtifactLocation.URI, reg.StartLine, reg.StartColumn, res.RuleID))
		}
		slices.Sort(got)
		if !slices.Equal(got, findings) {
			t.Errorf("results:\n%s\nwant:\n%s", indent(got), indent(findings))
		}
		inv := run.Invocations[0]
		if inv.ExecutionSuccessful {
			t.Errorf("executionSuccessful is true with load errors")
		}
		var notified []string
		for _, n := range inv.ToolExecutionNotifications {
			notified = append(notified, n.Level+": dslint: "+n.Message.Text)
		}
		want := slices.Concat(prefixed("error: ", loadErrors), prefixed("note: ", notes))
		for _, w := range want {
			if !slices.ContainsFunc(notified, func(n string) bool { return strings.HasPrefix(n, w) }) {
				t.Errorf("no notification %q in:\n%s", w, indent(notified))
			}
		}
	})
}

// prefixed returns each of lines with prefix before it.
func prefixed(prefix string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = prefix + l
	}
	return out
}

// testdata/despitelibs holds the two broken packages of testdata/despite
// written with the real libraries (x/oauth2, golang-jwt v4 and v5, esign):
// TestDespiteLibraries runs it as a copy of the integration module, with
// that module's go.mod and go.sum.
const despiteLibsDir = "testdata/despitelibs"

// despiteLibsFindings are the findings of testdata/despitelibs. With the
// generated file present, the generated package also gets DS305 (jwtclaims,
// which needs full types, is skipped on a package with errors).
var despiteLibsFindings = []string{
	"generated/client.go:25:45: DS101",
	"generated/client.go:39:12: DS103",
	"generated/client.go:39:13: DS101",
	"generated/client.go:52:53: DS401",
	"generated/client.go:59:21: DS601",
	"generated/key.go:3:21: DS201",
	"unresolved/key.go:3:20: DS201",
	"unresolved/main.go:23:21: DS101",
	"unresolved/main.go:24:21: DS101",
	"unresolved/main.go:33:31: DS103",
	"unresolved/main.go:49:70: DS401",
	"unresolved/main.go:58:17: DS601",
}

// despiteLibsErrors are load errors dslint prints for testdata/despitelibs.
var despiteLibsErrors = []string{
	"dslint: generated/client.go:20:10: undefined: Client",
	"dslint: generated/client.go:25:26: undefined: NewClient",
	"dslint: unresolved/main.go:18:2: no required module provides package example.org/notexist/settings",
}

// despiteLibsNotes are the notes that say how its packages were analyzed.
var despiteLibsNotes = []string{
	"dslint: " + integrationModule + "/generated: analyzed with incomplete type information: " + despiteCoverage(),
	"dslint: " + integrationModule + "/unresolved: analyzed with incomplete type information: " + despiteCoverage(),
}

// TestDespiteLibraries is TestDespiteErrors on packages that call the real
// libraries, loaded from the module cache: the rules that judge esign's,
// x/oauth2's and golang-jwt's types must see them even though the package
// around them does not type-check.
func TestDespiteLibraries(t *testing.T) {
	testutil.RequireE2E(t, "builds dslint and loads the real DocuSign libraries")
	bin := buildDslint(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(despiteLibsDir)); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(integrationDir, name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, name), string(data))
	}
	writeKeys(t, dir)
	t.Setenv("GOWORK", "off")
	if out, err := goCmd("go", dir, "mod", "download").CombinedOutput(); err != nil {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
	checkDespite(t, bin, dir, despiteLibsFindings, despiteLibsErrors, despiteLibsNotes)
}
