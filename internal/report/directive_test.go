package report

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func TestParseDirective(t *testing.T) {
	tests := []struct {
		text   string
		ok     bool
		names  string
		reason string
		err    string
	}{
		{"//dslint:ignore DS101 sandbox only", true, "DS101", "sandbox only", ""},
		{"//dslint:ignore DS101,DS103 two rules", true, "DS101 DS103", "two rules", ""},
		{"//dslint:ignore endpoints whole analyzer", true, "endpoints", "whole analyzer", ""},
		{"//dslint:ignore DS101", true, "DS101", "", "has no reason"},
		{"//dslint:ignore DS101 // trailing comment", true, "DS101", "", "has no reason"},
		{"//dslint:ignore", true, "", "", "names no rule"},
		{"//dslint:ignore , only commas", true, "", "", "names no rule"},
		{"//dslint:ignore DS999 typo", true, "DS999", "typo", "unknown rule"},
		{"//dslint:ignored DS101 x", false, "", "", ""},
		{"// dslint:ignore DS101 x", false, "", "", ""},
		{"//nolint", true, "", "", ""},
		{"//nolint:dslint,gosec // reason", true, "dslint gosec", "", ""},
		{"//nolint:dslint\t// reason", true, "dslint", "", ""},
		{"//nolintx", false, "", "", ""},
		{"// nolint:dslint // with a space, as golangci-lint allows", true, "dslint", "", ""},
		{"//nolint:all", true, "all", "", ""},
		{"//dslint:file-ignore DS101 sandbox fixtures", true, "DS101", "sandbox fixtures", ""},
		{"//dslint:file-ignore DS101", true, "DS101", "", "has no reason"},
		{"//dslint:file-ignores DS101 x", false, "", "", ""},
	}
	for _, tt := range tests {
		d, ok := parseDirective(tt.text)
		if ok != tt.ok {
			t.Errorf("%q: ok = %v, want %v", tt.text, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := strings.Join(d.Names, " "); got != tt.names || d.Reason != tt.reason || !strings.Contains(d.Err, tt.err) || (tt.err == "") != (d.Err == "") {
			t.Errorf("%q: names %q reason %q err %q; want %q %q %q", tt.text, got, d.Reason, d.Err, tt.names, tt.reason, tt.err)
		}
	}
}

func TestCovers(t *testing.T) {
	d, _ := parseDirective("//dslint:ignore DS101 reason")
	d.Line = 10
	for _, tc := range []struct {
		id, analyzer string
		line         int
		want         bool
	}{
		{"DS101", "endpoints", 10, true},
		{"DS101", "endpoints", 11, true},
		{"DS101", "endpoints", 12, false},
		{"DS101", "endpoints", 9, false},
		{"DS102", "endpoints", 10, false},
	} {
		if got := d.covers(tc.id, tc.analyzer, tc.line); got != tc.want {
			t.Errorf("covers(%s, line %d) = %v, want %v", tc.id, tc.line, got, tc.want)
		}
	}
	n, _ := parseDirective("//nolint:dslint")
	n.Line = 3
	if !n.covers("DS201", "pemkey", 3) {
		t.Error("//nolint:dslint must cover every rule")
	}
	for text, want := range map[string]bool{"//nolint:all": true, "// nolint:dslint": true, "//nolint:gosec": false} {
		d, _ := parseDirective(text)
		d.Line = 3
		if got := d.covers("DS201", "pemkey", 4); got != want {
			t.Errorf("%s covers DS201 = %v, want %v", text, got, want)
		}
	}
	f, _ := parseDirective("//dslint:file-ignore DS101 sandbox file")
	f.Line = 1
	if !f.covers("DS101", "endpoints", 500) || f.covers("DS102", "endpoints", 500) {
		t.Error("//dslint:file-ignore DS101 must cover DS101 on every line and nothing else")
	}
}

// FuzzParseDirective checks that any comment text parses without a panic
// into a directive whose rule names are single, non-empty words, and that
// a //dslint:ignore directive without an error names a rule and a reason.
func FuzzParseDirective(f *testing.F) {
	for _, s := range []string{
		"//dslint:ignore DS101 sandbox only", "//dslint:ignore DS101,DS103 two", "//dslint:ignore",
		"//dslint:ignore\tendpoints\twhy", "//nolint:dslint,gosec // why", "//nolint", "//dslint:ignore ,, x // y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := parseDirective(text)
		if !ok {
			return
		}
		for _, n := range d.Names {
			if n == "" || strings.ContainsAny(n, " \t,") {
				t.Fatalf("%q: bad rule name %q", text, n)
			}
		}
		if !d.NoLint && d.Err == "" && (len(d.Names) == 0 || d.Reason == "") {
			t.Fatalf("%q: accepted without a rule or a reason: %+v", text, d)
		}
	})
}

// TestTrailingDirectives checks that a directive after code covers its own
// line only, and one on a line of its own also the line below.
func TestTrailingDirectives(t *testing.T) {
	const src = `package p //nolint:all

//dslint:ignore DS101 own line: covers line 4
var a = "x"
var b = "y" //dslint:ignore DS101 after code: covers line 5 only
var c = "z"

func f() {
	//nolint:dslint
	_ = a
	_ = b // nolint:dslint
	g(  //dslint:ignore DS101 after code in a call
		c)
}

func g(string) {}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]bool{1: true, 3: false, 5: true, 9: false, 11: true, 12: true}
	ds := ParseDirectives(fset, f)
	if len(ds) != len(want) {
		t.Fatalf("%d directives, want %d", len(ds), len(want))
	}
	for _, d := range ds {
		if d.Trailing != want[d.Line] {
			t.Errorf("line %d: Trailing = %v, want %v", d.Line, d.Trailing, want[d.Line])
		}
		if !d.covers("DS101", "endpoints", d.Line) || d.covers("DS101", "endpoints", d.Line+1) != !d.Trailing {
			t.Errorf("line %d: covers its line %v, the next %v", d.Line, d.covers("DS101", "endpoints", d.Line), d.covers("DS101", "endpoints", d.Line+1))
		}
	}
}
