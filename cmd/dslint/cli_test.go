package main

import (
	"bytes"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestVersionFlag(t *testing.T) {
	code, out, stderr := runCLI(t, "-version")
	if code != exitClean || !strings.HasPrefix(out, "dslint ") || stderr != "" {
		t.Errorf("-version: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}

func TestSemanticVersion(t *testing.T) {
	for v, want := range map[string]string{
		"v1.2.3":                             "1.2.3",
		"v0.0.0-20260101000000-abcdef123456": "0.0.0-20260101000000-abcdef123456",
		"devel":                              "0.0.0-devel",
		"devel-abcdef123456+dirty":           "0.0.0-devel+abcdef123456.dirty",
	} {
		if got := semanticVersion(v); got != want {
			t.Errorf("semanticVersion(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestBadFlagIsOneLine(t *testing.T) {
	for _, args := range [][]string{{"-bogus", "./..."}, {"-enable", "DS999", "./..."}} {
		code, out, stderr := runCLI(t, args...)
		if code != exitError || out != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "dslint -help lists the flags") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want one line)", args, code, out, stderr)
		}
	}
	// -help still prints the whole help, and exits 0.
	code, _, stderr := runCLI(t, "-help")
	if code != exitClean || !strings.Contains(stderr, "Flags:") || !strings.Contains(stderr, "-version") {
		t.Errorf("-help: exit %d, stderr:\n%s", code, stderr)
	}
}

func TestExplainListAndNone(t *testing.T) {
	code, out, _ := runCLI(t, "-explain")
	if code != exitClean || !strings.Contains(out, "  DS101  endpoints ") || !strings.Contains(out, "  DS501  tokenexpiry") {
		t.Errorf("-explain: exit %d, stdout:\n%s", code, out)
	}
	for _, args := range [][]string{{"-explain", "DS101", "ds301"}, {"-explain=DS101,DS301"}} {
		code, out, _ := runCLI(t, args...)
		if code != exitClean || !strings.HasPrefix(out, "DS101: ") || !strings.Contains(out, "\nDS301: ") {
			t.Errorf("%v: exit %d, stdout:\n%s", args, code, out)
		}
	}
	code, out, stderr := runCLI(t, "-explain", "DS101", "DS999")
	if code != exitError || !strings.HasPrefix(out, "DS101: ") || !strings.Contains(stderr, `unknown rule or analyzer "DS999"`) {
		t.Errorf("-explain DS101 DS999: exit %d, stderr %q", code, stderr)
	}
}

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		noun string
		want string
	}{{1, "file", "1 file"}, {2, "file", "2 files"}, {0, "finding", "0 findings"}, {1, "fix", "1 fix"}, {4, "fix", "4 fixes"}} {
		if got := plural(c.n, c.noun); got != c.want {
			t.Errorf("plural(%d, %q) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
}

func TestNoSuggestedFixes(t *testing.T) {
	var out bytes.Buffer
	if err := printDiff(&result{}, &out); err != nil || out.String() != "# dslint: no suggested fixes\n" {
		t.Errorf("-diff with nothing to fix: %q, %v", out.String(), err)
	}
	var stderr bytes.Buffer
	if err := applyFixes(&options{stderr: &stderr}, &result{}); err != nil || stderr.String() != "dslint: no suggested fixes\n" {
		t.Errorf("-fix with nothing to fix: %q, %v", stderr.String(), err)
	}
}

func TestTextSummaryAndColor(t *testing.T) {
	res := &result{findings: []finding{
		{posn: token.Position{Filename: "a.go", Line: 3, Column: 2}, diag: analysis.Diagnostic{Category: "DS101", Message: "DS101: demo host"}},
		{posn: token.Position{Filename: "a.go", Line: 9, Column: 2}, diag: analysis.Diagnostic{Category: "DS101", Message: "DS101: demo host"}},
		{posn: token.Position{Filename: "b.go", Line: 1, Column: 1}, diag: analysis.Diagnostic{Category: "DS002", Message: "DS002: unused directive"}},
	}}
	var out, stderr bytes.Buffer
	printText(res, &out, &stderr, false)
	if want := "a.go:3:2: DS101: demo host\na.go:9:2: DS101: demo host\nb.go:1:1: DS002: unused directive\n"; out.String() != want {
		t.Errorf("text output:\n%s\nwant:\n%s", out.String(), want)
	}
	wantSum := "dslint: 3 findings in 2 files (DS002 ×1, DS101 ×2)\n" +
		"  DS002: https://github.com/dslint/dslint/blob/main/docs/rules.md#ds002\n" +
		"  DS101: https://github.com/dslint/dslint/blob/main/docs/rules.md#ds101\n"
	if stderr.String() != wantSum {
		t.Errorf("summary:\n%s\nwant:\n%s", stderr.String(), wantSum)
	}
	out.Reset()
	printText(res, &out, &bytes.Buffer{}, true)
	if !strings.HasPrefix(out.String(), "\x1b[1ma.go:3:2:\x1b[0m \x1b[31mDS101\x1b[0m: demo host\n") || !strings.Contains(out.String(), "\x1b[33mDS002\x1b[0m") {
		t.Errorf("coloured output: %q", out.String())
	}
	// A buffer is not a terminal, so run's text output is never coloured.
	t.Setenv("NO_COLOR", "")
	if colorOn(&out) {
		t.Error("colorOn(buffer) = true")
	}
}

// TestStatsFlag checks that -stats prints its table on stderr (it printed
// nothing once the flag set's own output was silenced for one-line errors).
func TestStatsFlag(t *testing.T) {
	tinyModule(t)
	code, out, stderr := runCLI(t, "-stats", "./...")
	if code != exitFindings || !strings.Contains(out, "DS101") {
		t.Errorf("-stats: exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"dslint: load+typecheck ", "dslint: analyzer ", "dslint: endpoints "} {
		if !strings.Contains(stderr, want) {
			t.Errorf("-stats: stderr lacks %q:\n%s", want, stderr)
		}
	}
}
