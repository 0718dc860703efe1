package main

import (
	"encoding/json"
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

	// The old finding fixed: the baseline entry is counted as gone.
	writeFile(t, filepath.Join(dir, "auth/auth.go"), "package auth\n\n// Timeout is unrelated.\nconst Timeout = 30\n")
	code, out, stderr = runCLI(t, "-baseline", bl, "./...")
	if code != exitClean || out != "" || stderr != "dslint: 1 finding in the baseline no longer found (-write-baseline shrinks it)\n" {
		t.Errorf("-baseline after the fix: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	code, _, stderr = runCLI(t, "-baseline", filepath.Join(dir, "missing.json"), "./...")
	if code != exitError || !strings.HasPrefix(stderr, "dslint: baseline: ") {
		t.Errorf("missing baseline: exit %d, stderr %q", code, stderr)
	}
}
