package ruledoc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/rules"
)

const root = "../../.."

// TestFresh fails when docs/rules.md or the README rules or analyzer
// table differ from what the rule table and the analyzers' doc.go generate.
func TestFresh(t *testing.T) {
	const fix = "regenerate with: go generate ./internal/rules/ruledoc"
	got, err := os.ReadFile(filepath.Join(root, DocsPath))
	if err != nil {
		t.Fatalf("%v; %s", err, fix)
	}
	if string(got) != string(Markdown(analyzers.All())) {
		t.Errorf("%s is stale; %s", DocsPath, fix)
	}
	readme, err := os.ReadFile(filepath.Join(root, ReadmePath))
	if err != nil {
		t.Fatal(err)
	}
	want, err := SpliceReadme(readme, analyzers.All())
	if errors.Is(err, ErrNoMarkers) {
		t.Fatalf("%s: %v", ReadmePath, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != string(readme) {
		t.Errorf("the rules or analyzer table in %s is stale; %s", ReadmePath, fix)
	}
}

// TestAnchors checks that every URL the analyzers and diagnostics link to
// has an anchor in docs/rules.md.
func TestAnchors(t *testing.T) {
	md := string(Markdown(analyzers.All()))
	for _, r := range rules.All() {
		frag := r.URL()[strings.LastIndexByte(r.URL(), '#')+1:]
		if frag != strings.ToLower(r.ID) || !strings.Contains(md, `<a id="`+frag+`"></a>`) {
			t.Errorf("%s: no anchor %q", r.ID, frag)
		}
		if !strings.Contains(md, "```go\n"+r.Bad+"\n```") {
			t.Errorf("%s: bad example missing", r.ID)
		}
	}
	for _, a := range rules.Analyzers() {
		if !strings.Contains(md, `<a id="`+a+`"></a>`) {
			t.Errorf("analyzer %s: no anchor", a)
		}
	}
	if n := strings.Count(ReadmeTable(), "\n"); n != len(rules.All())+2 {
		t.Errorf("README table has %d lines, want %d", n, len(rules.All())+2)
	}
}

func TestSpliceReadme(t *testing.T) {
	as := analyzers.All()
	in := "intro\n" + AnalyzersBeginMarker + "\nold analyzers\n" + AnalyzersEndMarker + "\n" + BeginMarker + "\nold table\n" + EndMarker + "\nrest\n"
	out, err := SpliceReadme([]byte(in), as)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	if !strings.HasPrefix(s, "intro\n"+AnalyzersBeginMarker+"\n| analyzer |") || !strings.Contains(s, "|\n"+AnalyzersEndMarker+"\n"+BeginMarker+"\n| ID |") ||
		!strings.HasSuffix(s, "|\n"+EndMarker+"\nrest\n") || strings.Contains(s, "old table") || strings.Contains(s, "old analyzers") {
		t.Errorf("spliced:\n%s", s)
	}
	again, _ := SpliceReadme(out, as)
	if string(again) != s {
		t.Error("splicing is not idempotent")
	}
	for _, bad := range []string{"no markers", BeginMarker + "\n" + EndMarker + "\n"} {
		if _, err := SpliceReadme([]byte(bad), as); !errors.Is(err, ErrNoMarkers) {
			t.Errorf("%q: err = %v", bad, err)
		}
	}
}

// TestAnalyzerTable checks one row per analyzer of the suite, each with
// the summary paragraph of its doc.go, escaped for markdown, and its rules.
func TestAnalyzerTable(t *testing.T) {
	as := analyzers.All()
	table := AnalyzerTable(as)
	if n := strings.Count(table, "\n"); n != len(as)+2 {
		t.Errorf("analyzer table has %d lines, want %d", n, len(as)+2)
	}
	for _, a := range as {
		rs := rules.ForAnalyzer(a.Name)
		if len(rs) == 0 {
			t.Errorf("%s: no rules", a.Name)
			continue
		}
		row := "| [`" + a.Name + "`](analyzers/" + a.Name + "/doc.go) | [" + idRange(rs) + "](docs/rules.md#" + a.Name + ") | " + text(analysisdoc.Summary(a.Doc)) + " |\n"
		if !strings.Contains(table, row) {
			t.Errorf("%s: no row %q in\n%s", a.Name, row, table)
		}
	}
	if !strings.Contains(table, "&lt;DocuSignCredentials&gt;") {
		t.Errorf("legacyauth's <DocuSignCredentials> is not escaped:\n%s", table)
	}
	if got := idRange([]rules.Rule{{ID: "DS101"}, {ID: "DS102"}, {ID: "DS103"}}); got != "DS101–DS103" {
		t.Errorf("idRange(consecutive) = %q", got)
	}
	if got := idRange([]rules.Rule{{ID: "DS101"}, {ID: "DS103"}, {ID: "DS104"}}); got != "DS101, DS103, DS104" {
		t.Errorf("idRange(gap) = %q", got)
	}
}
