package analysisdoc

import (
	"strings"
	"testing"
)

const good = `// Package halting defines an analyzer of program termination.
//
// # Analyzer halting
//
// halting: report functions that
// never halt
//
// The details.
//
//	for {} // reported
//
// # Analyzer other
//
// other: something else
package halting
`

func TestExtract(t *testing.T) {
	got, err := Extract(good, "halting")
	if err != nil {
		t.Fatal(err)
	}
	want := "report functions that\nnever halt\n\nThe details.\n\n\tfor {} // reported"
	if got != want {
		t.Errorf("Extract = %q, want %q", got, want)
	}
	if s := Summary(got); s != "report functions that never halt" {
		t.Errorf("Summary = %q", s)
	}
	if got, err := Extract(good, "other"); err != nil || got != "something else" {
		t.Errorf("Extract(other) = %q, %v", got, err)
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct{ name, content, want string }{
		{"empty", "", "empty doc.go"},
		{"not Go", "// # Analyzer x\n", "not Go source"},
		{"no comment", "package x\n", "no package doc comment"},
		{"no heading", "// Package x.\npackage x\n", `no "# Analyzer x" heading`},
		{"prefix of another name", "// # Analyzer xy\n//\n// xy: s\npackage x\n", `no "# Analyzer x" heading`},
		{"no summary", "// # Analyzer x\n//\n// Finds things.\npackage x\n", `not followed by a "x: summary" paragraph`},
		{"empty summary", "// # Analyzer x\n//\n// x:\npackage x\n", "empty summary"},
	} {
		if _, err := Extract(tc.content, "x"); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestMustExtractPanics(t *testing.T) {
	defer func() {
		msg, _ := recover().(string)
		if !strings.HasPrefix(msg, "analyzers/x/doc.go: ") || !strings.Contains(msg, `"# Analyzer x" heading`) {
			t.Errorf("panic = %q", msg)
		}
	}()
	MustExtract("package x\n", "x")
	t.Error("MustExtract did not panic")
}
