package main

import (
	"fmt"
	"io"

	"github.com/dslint/dslint/internal/rules"
)

// explain prints a rule's documentation from the rule table.
func explain(id string, stdout, stderr io.Writer) int {
	r, ok := rules.Lookup(id)
	if !ok {
		fmt.Fprintf(stderr, "dslint: unknown rule %q; dslint -help lists them\n", id)
		return exitError
	}
	fmt.Fprintf(stdout, "%s: %s (%s, analyzer %s)\n\n%s\n\nSource: %s\n", r.ID, r.Title, r.Severity, r.Analyzer, r.Doc, r.Source)
	if r.Bad != "" {
		fmt.Fprintf(stdout, "\nReported:\n\t%s\n", r.Bad)
	}
	if r.Good != "" {
		fmt.Fprintf(stdout, "\nInstead:\n\t%s\n", r.Good)
	}
	fmt.Fprintf(stdout, "\nSuppress one finding (a reason is required):\n\t//dslint:ignore %s <reason>\n\nDocs: %s\n", r.ID, r.URL())
	return exitClean
}
