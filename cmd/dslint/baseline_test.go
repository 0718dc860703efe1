package main

import (
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBaseline adopts dslint on a module with an existing finding: the
// baseline hides it after an unrelated edit moves it down, a new finding is
// still reported, in text, JSON and SARIF output.
func TestBaseline(t *testing.T) {
	dir := tinyModule(t)
	bl := filepath.Join(dir, "dslint-baseline.json")
	code, out, stderr := runCLI(t, "-write-baseline", bl, "./...")
	if code != exitClean || out != "" || stderr != "dslint: wrote 1 finding to "+bl+"\n" {
		t.Fatalf("-write-baseline: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	data, err := os.ReadFile(bl)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "account-d") || !strings.Contains(string(data), `"file": "example.com/tiny/auth/auth.go"`) {
		t.Errorf("baseline file:\n%s", data)
	}

	// Only baselined findings: nothing printed, exit 0.
	code, out, stderr = runCLI(t, "-baseline", bl, "./...")
	if code != exitClean || out != "" || stderr != "dslint: 1 finding in the baseline not shown\n" {
		t.Errorf("-baseline, unchanged: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	// Another package alone (what the pre-commit hook checks for a commit
	// that touches only it): auth's entry is not looked at, not gone.
	code, out, stderr = runCLI(t, "-baseline", bl, "./util")
	if code != exitClean || out != "" || stderr != "" {
		t.Errorf("-baseline on ./util: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	// An unrelated line above the old finding and a new finding below it.
	writeFile(t, filepath.Join(dir, "auth/auth.go"), "package auth\n\n// Timeout is unrelated.\nconst Timeout = 30\n\nconst authServer = \"https://account-d.docusign.com\"\n\nconst restBase = \"https://demo.docusign.net/restapi\"\n")
	code, out, stderr = runCLI(t, "-baseline", bl, "./...")
	if code != exitFindings || !strings.HasPrefix(out, "auth/auth.go:8:") || strings.Count(out, "\n") != 1 ||
		!strings.HasPrefix(stderr, "dslint: 1 finding in the baseline not shown\n") {
		t.Errorf("-baseline after edits: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	code, out, _ = runCLI(t, "-baseline", bl, "-json", "./...")
	var js map[string]map[string][]jsonDiag
	if err := json.Unmarshal([]byte(out), &js); code != exitClean || err != nil {
		t.Fatalf("-baseline -json: exit %d, %v:\n%s", code, err, out)
	}
	var posns []string
	for _, byAnalyzer := range js {
		for _, ds := range byAnalyzer {
			for _, d := range ds {
				posns = append(posns, repoRel(d.Posn))
			}
		}
	}
	if len(posns) != 1 || !strings.HasPrefix(posns[0], "auth/auth.go:8:") {
		t.Errorf("-baseline -json: findings at %v, want only auth/auth.go:8", posns)
	}

	code, out, _ = runCLI(t, "-baseline", bl, "-format=sarif", "./...")
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); code != exitClean || err != nil {
		t.Fatalf("-baseline -format=sarif: exit %d, %v", code, err)
	}
	if rs := log.Runs[0].Results; len(rs) != 1 || rs[0].Locations[0].PhysicalLocation.Region.StartLine != 8 {
		t.Errorf("-baseline -format=sarif: results %+v, want only line 8", rs)
	}

	// The same line copied into a function is a new finding, and the old
	// one under another message (a dslint upgrade rewording the rule) is
	// still baselined.
	writeFile(t, filepath.Join(dir, "auth/auth.go"), "package auth\n\nconst authServer = \"https://account-d.docusign.com\"\n\nfunc Server() string {\n\tconst authServer = \"https://account-d.docusign.com\"\n\treturn authServer\n}\n")
	code, out, stderr = runCLI(t, "-baseline", bl, "./...")
	if code != exitFindings || !strings.HasPrefix(out, "auth/auth.go:6:") || strings.Count(out, "\n") != 1 ||
		!strings.HasPrefix(stderr, "dslint: 1 finding in the baseline not shown\n") {
		t.Errorf("-baseline, line copied into a function: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	// The old finding fixed: the baseline entry is counted as gone.
	writeFile(t, filepath.Join(dir, "auth/auth.go"), "package auth\n\n// Timeout is unrelated.\nconst Timeout = 30\n")
	code, out, stderr = runCLI(t, "-baseline", bl, "./...")
	if code != exitClean || out != "" || stderr != "dslint: 1 finding in the baseline no longer found (-write-baseline shrinks it)\n" {
		t.Errorf("-baseline after the fix: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	writeFile(t, filepath.Join(dir, "old.json"), `{"version": 1, "findings": []}`)
	code, _, stderr = runCLI(t, "-baseline", filepath.Join(dir, "old.json"), "./...")
	if code != exitError || !strings.Contains(stderr, "rewrite it with -write-baseline") {
		t.Errorf("baseline of an older format: exit %d, stderr %q", code, stderr)
	}

	code, _, stderr = runCLI(t, "-baseline", filepath.Join(dir, "missing.json"), "./...")
	if code != exitError || !strings.HasPrefix(stderr, "dslint: baseline: ") {
		t.Errorf("missing baseline: exit %d, stderr %q", code, stderr)
	}
}

// TestBaselineKey: the key names the enclosing declaration and not the
// message, so rewording a rule keeps a baseline valid while the same line
// in another declaration is another finding.
func TestBaselineKey(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "c.go")
	src := "package c\n\ntype Client struct{}\n\nfunc (c *Client) Do() {\n\t_ = 1\n}\n\nfunc Do() {\n\t_ = 1\n}\n\nvar x, y = 1, 2\n"
	writeFile(t, file, src)
	keys := newBaselineKeys()
	offset := func(s string, n int) int { // of the n-th occurrence of s
		o := -1
		for ; n > 0; n-- {
			o += 1 + strings.Index(src[o+1:], s)
		}
		return o
	}
	at := func(line, offset int, msg string) baselineEntry {
		f := finding{pkg: "example.com/c", posn: token.Position{Filename: file, Line: line, Offset: offset}}
		f.diag.Category, f.diag.Message = "DS101", "DS101: "+msg
		return keys.key(f)
	}
	for _, tc := range []struct {
		offset int
		want   string
	}{{offset("_ = 1", 1), "(*Client).Do"}, {offset("_ = 1", 2), "Do"}, {offset("x, y", 1), "x"}, {0, ""}} {
		if got := keys.decl(token.Position{Filename: file, Offset: tc.offset}); got != tc.want {
			t.Errorf("decl at offset %d = %q, want %q", tc.offset, got, tc.want)
		}
	}
	first, second := offset("_ = 1", 1), offset("_ = 1", 2)
	if at(6, first, "one wording") != at(6, first, "another wording") {
		t.Error("the key depends on the message")
	}
	if at(6, first, "m") == at(10, second, "m") {
		t.Error("the same line in two declarations has one key")
	}
}
