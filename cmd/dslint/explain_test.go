package main

import (
	"strings"
	"testing"

	"github.com/dslint/dslint/internal/rules"
)

func TestExplain(t *testing.T) {
	for _, r := range rules.All() {
		code, out, stderr := runCLI(t, "-explain", strings.ToLower(r.ID))
		if code != exitClean || stderr != "" {
			t.Fatalf("-explain %s: exit %d, stderr %q", r.ID, code, stderr)
		}
		for _, want := range []string{
			r.ID + ": " + r.Title, "Severity: " + string(r.Severity), "Analyzer: " + r.Analyzer,
			strings.Fields(r.Doc)[0], "Reported:\n    " + strings.Split(r.Bad, "\n")[0],
			"Instead:\n    " + strings.Split(r.Good, "\n")[0],
			"//dslint:ignore " + r.ID + " <reason>", "-disable " + r.ID, "//nolint:dslint", r.URL(),
		} {
			if !strings.Contains(out, want) {
				t.Errorf("-explain %s lacks %q:\n%s", r.ID, want, out)
			}
		}
		// Every word of the documentation is printed (wrapping only).
		if !strings.Contains(strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(r.Doc), " ")) {
			t.Errorf("-explain %s: doc text altered", r.ID)
		}
	}
}

func TestExplainAnalyzerAndUnknown(t *testing.T) {
	code, out, _ := runCLI(t, "-explain", "endpoints")
	if code != exitClean {
		t.Fatalf("exit %d", code)
	}
	for _, r := range rules.ForAnalyzer("endpoints") {
		if !strings.Contains(out, r.ID+": "+r.Title) {
			t.Errorf("-explain endpoints lacks %s", r.ID)
		}
	}
	if code, _, stderr := runCLI(t, "-explain", "DS999"); code != exitError || !strings.Contains(stderr, "unknown rule") {
		t.Errorf("-explain DS999: exit %d, stderr %q", code, stderr)
	}
}

func TestWrap(t *testing.T) {
	got := wrap("aaa bbb ccc dddddddddd e", 9, "  ")
	want := "  aaa bbb\n  ccc\n  dddddddddd\n  e"
	if got != want {
		t.Errorf("wrap = %q, want %q", got, want)
	}
}
