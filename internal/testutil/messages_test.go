package testutil

import (
	"fmt"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// recorder is a testing.TB that keeps the errors reported to it.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestCheckMessages(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("a.go", -1, 10)
	at := f.Pos(0)
	short := analysis.Diagnostic{Pos: at, Category: "DS101", Message: "DS101: " + strings.Repeat("x", MaxMessage)}
	long := analysis.Diagnostic{Pos: at, Category: "DS101", Message: "DS101: " + strings.Repeat("x", MaxMessage+1)}
	results := []*analysistest.Result{{Action: &checker.Action{Package: &packages.Package{Fset: fset}, Diagnostics: []analysis.Diagnostic{short, long}}}}
	rec := &recorder{TB: t}
	CheckMessages(rec, results)
	if len(rec.errs) != 1 || !strings.Contains(rec.errs[0], fmt.Sprintf("message is %d characters", MaxMessage+1)) {
		t.Errorf("CheckMessages reported %q, want one error for the message of %d characters (the rule ID prefix not counted)", rec.errs, MaxMessage+1)
	}
}
