package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/dslint/dslint/internal/rules"
)

// printGitHub writes one GitHub Actions workflow command per finding
// (-format=github), which the runner turns into an annotation on the
// pull request diff:
//
//	::error file=cmd/app/auth.go,line=12,col=20,endLine=12,endColumn=52,title=DS101::demo host ...
//
// warning-severity rules use ::warning. Paths are relative to the working
// directory (run dslint from the repository root).
func printGitHub(res *result, w io.Writer) error {
	// Load errors and notes become annotations too, so that a run whose
	// packages do not build says so on the pull request (they are redacted
	// like everything dslint prints; see loadErrors).
	for _, e := range res.errors {
		if _, err := fmt.Fprintf(w, "::error title=dslint::%s\n", escapeData(e)); err != nil {
			return err
		}
	}
	for _, n := range res.notes {
		if _, err := fmt.Fprintf(w, "::notice title=dslint::%s\n", escapeData(n)); err != nil {
			return err
		}
	}
	for _, f := range res.findings {
		kind := "error"
		if r, ok := rules.Lookup(f.diag.Category); ok && r.Severity == rules.Warning {
			kind = "warning"
		}
		props := []string{"file=" + escapeProperty(repoRel(f.posn.Filename))}
		if f.posn.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.posn.Line))
			if f.posn.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", f.posn.Column))
			}
		}
		if f.end.IsValid() && f.end.Filename == f.posn.Filename && f.end.Line >= f.posn.Line {
			props = append(props, fmt.Sprintf("endLine=%d", f.end.Line))
			if f.end.Column > 0 {
				props = append(props, fmt.Sprintf("endColumn=%d", f.end.Column))
			}
		}
		if f.diag.Category != "" {
			props = append(props, "title="+escapeProperty(f.diag.Category))
		}
		msg := plainMessage(f.diag.Category, f.diag.Message)
		if f.diag.URL != "" {
			msg += "\n" + f.diag.URL
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", kind, strings.Join(props, ","), escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// escapeData escapes a workflow command's message the way the runner
// (actions/toolkit command.ts) unescapes it.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command property value; ':' and ','
// separate properties, so they are escaped too.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
