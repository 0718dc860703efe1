package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/config"
)

// fakePass is a pass of the named analyzer over one file, collecting what
// it reports.
func fakePass(t *testing.T, analyzer, src string) (*analysis.Pass, *[]analysis.Diagnostic) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var got []analysis.Diagnostic
	return &analysis.Pass{
		Analyzer: &analysis.Analyzer{Name: analyzer},
		Fset:     fset,
		Files:    []*ast.File{f},
		Report:   func(d analysis.Diagnostic) { got = append(got, d) },
	}, &got
}

// TestReportOwnRulesOnly: an analyzer reporting another analyzer's rule
// would escape -enable, -disable and the analyzer flags, so it panics.
func TestReportOwnRulesOnly(t *testing.T) {
	pass, got := fakePass(t, "endpoints", "package a\n\nvar x = 1\n")
	r := New(pass, nil)
	pos := pass.Files[0].Decls[0].Pos()
	r.Report(analysis.Diagnostic{Pos: pos, Category: "DS101", Message: "own rule"})
	if len(*got) != 1 || (*got)[0].Message != "DS101: own rule" {
		t.Fatalf("own rule: got %v", *got)
	}
	defer func() {
		v := recover()
		if s, _ := v.(string); !strings.Contains(s, "analyzer endpoints reports DS002, which belongs to directives") {
			t.Errorf("another analyzer's rule: recovered %v, want a panic naming both analyzers", v)
		}
	}()
	r.Report(analysis.Diagnostic{Pos: pos, Category: "DS002", Message: "not mine"})
}

// TestUsage: a finding of a rule that is only checked (-enable DS002) is
// not reported but marks its suppression used; Unused returns the other.
func TestUsage(t *testing.T) {
	src := "package a\n\nvar x = 1 //dslint:ignore DS101 used\n\nvar y = 2 //dslint:ignore DS101 stale\n"
	pass, got := fakePass(t, "endpoints", src)
	r := New(pass, &config.Config{Enable: config.List{"DS002"}})
	decls := pass.Files[0].Decls
	r.Report(analysis.Diagnostic{Pos: decls[0].Pos(), Category: "DS101", Message: "suppressed"})
	r.Report(analysis.Diagnostic{Pos: decls[1].Pos() + 4, Category: "DS102", Message: "checked, not reported"})
	if len(*got) != 0 {
		t.Errorf("only DS002 is enabled, got %v", *got)
	}
	u := r.Usage(true)
	if !u.Judges("DS101") || !u.Judges("endpoints") || u.Judges("DS201") || r.Usage(false).Judges("DS101") {
		t.Error("Judges: want the analyzer's checked rules and name, only when it ran")
	}
	unused := r.Unused([]*Usage{u})
	if len(unused) != 1 || unused[0].Reason != "stale" {
		t.Errorf("Unused = %v, want the stale directive only", unused)
	}
	if r.Unused([]*Usage{r.Usage(false)}) != nil {
		t.Error("a directive no analyzer judges is not unused")
	}
}

// TestSuppressedKept: a finding of an enabled rule that a directive
// suppresses is kept, with the directive's reason, for SARIF.
func TestSuppressedKept(t *testing.T) {
	pass, got := fakePass(t, "endpoints", "package a\n\nvar x = 1 //dslint:ignore DS101 sandbox only\n")
	r := New(pass, nil)
	r.Report(analysis.Diagnostic{Pos: pass.Files[0].Decls[0].Pos(), Category: "DS101", Message: "demo host"})
	s := r.Usage(true).Suppressed()
	if len(*got) != 0 || len(s) != 1 || s[0].Justification != "sandbox only" || s[0].Diagnostic.Message != "DS101: demo host" {
		t.Errorf("reported %v, suppressed %+v", *got, s)
	}
}
