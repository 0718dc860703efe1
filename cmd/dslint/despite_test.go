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

// despiteErrors are the load errors and notes dslint prints for it.
var despiteErrors = []string{
	"dslint: generated/client.go:21:10: undefined: Client",
	"dslint: unresolved/main.go:14:2: no required module provides package example.org/notexist/settings",
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

// writeKeys adds to a copy of testdata/despite the throwaway RSA key each
// package embeds (generated, so that no key is committed for this test).
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
	dir := despiteCopy(t)

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
		if !slices.Equal(got, despiteFindings) {
			t.Errorf("findings:\n%s\nwant:\n%s", indent(got), indent(despiteFindings))
		}
		for _, e := range despiteErrors {
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
		if !slices.Equal(got, despiteFindings) {
			t.Errorf("findings:\n%s\nwant:\n%s", indent(got), indent(despiteFindings))
		}
		if !strings.Contains(r.stderr, despiteErrors[1]) {
			t.Errorf("-json: error output lacks the load error %q:\n%s", despiteErrors[1], r.stderr)
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
		if !slices.Equal(got, despiteFindings) {
			t.Errorf("results:\n%s\nwant:\n%s", indent(got), indent(despiteFindings))
		}
		inv := run.Invocations[0]
		if inv.ExecutionSuccessful {
			t.Errorf("executionSuccessful is true with load errors")
		}
		var notes []string
		for _, n := range inv.ToolExecutionNotifications {
			notes = append(notes, n.Level+": dslint: "+n.Message.Text)
		}
		for i, e := range despiteErrors {
			level := "error: "
			if i >= 2 {
				level = "note: "
			}
			if !slices.ContainsFunc(notes, func(n string) bool { return strings.HasPrefix(n, level+e) }) {
				t.Errorf("no notification %q in:\n%s", level+e, indent(notes))
			}
		}
	})
}
