package ruledoc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dslint/dslint/internal/rules"
)

const root = "../../.."

// TestFresh fails when docs/rules.md or the README rules table differ from
// what the rule table generates.
func TestFresh(t *testing.T) {
	const fix = "regenerate with: go generate ./internal/rules/ruledoc"
	got, err := os.ReadFile(filepath.Join(root, DocsPath))
	if err != nil {
		t.Fatalf("%v; %s", err, fix)
	}
	if string(got) != string(Markdown()) {
		t.Errorf("%s is stale; %s", DocsPath, fix)
	}
	readme, err := os.ReadFile(filepath.Join(root, ReadmePath))
	if err != nil {
		t.Fatal(err)
	}
	want, err := SpliceReadme(readme)
	if errors.Is(err, ErrNoMarkers) {
		t.Skipf("%s: %v: the rules table is not generated until the markers are added", ReadmePath, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != string(readme) {
		t.Errorf("the rules table in %s is stale; %s", ReadmePath, fix)
	}
}

// TestAnchors checks that every URL the analyzers and diagnostics link to
// has an anchor in docs/rules.md.
func TestAnchors(t *testing.T) {
	md := string(Markdown())
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
	in := "intro\n" + BeginMarker + "\nold table\n" + EndMarker + "\nrest\n"
	out, err := SpliceReadme([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	if !strings.HasPrefix(s, "intro\n"+BeginMarker+"\n| ID |") || !strings.HasSuffix(s, "|\n"+EndMarker+"\nrest\n") || strings.Contains(s, "old table") {
		t.Errorf("spliced:\n%s", s)
	}
	again, _ := SpliceReadme(out)
	if string(again) != s {
		t.Error("splicing is not idempotent")
	}
	if _, err := SpliceReadme([]byte("no markers")); !errors.Is(err, ErrNoMarkers) {
		t.Errorf("err = %v", err)
	}
}
