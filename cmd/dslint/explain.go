package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/dslint/dslint/internal/rules"
)

// explain prints a rule's documentation from the rule table (the same
// text as docs/rules.md): title, why it matters and the DocuSign error,
// where the fact comes from, a reported and a corrected example, and how
// to suppress it. Given an analyzer name it explains each of its rules;
// given no ID it lists the rules. An unknown ID is an error (exit 2), after
// the known ones are explained.
func explain(ids []string, stdout, stderr io.Writer) int {
	if len(ids) == 0 {
		listRules(stdout)
		fmt.Fprintln(stdout, "\ndslint -explain DS101 prints a rule's documentation.")
		return exitClean
	}
	var explained []rules.Rule
	code := exitClean
	for _, id := range ids {
		if r, ok := rules.Lookup(strings.ToUpper(id)); ok {
			explained = append(explained, r)
		} else if rs := rules.ForAnalyzer(strings.ToLower(id)); len(rs) > 0 {
			explained = append(explained, rs...)
		} else {
			fmt.Fprintf(stderr, "dslint: unknown rule or analyzer %q; dslint -explain lists them\n", id)
			code = exitError
		}
	}
	for i, r := range explained {
		if i > 0 {
			fmt.Fprintln(stdout, "\n"+strings.Repeat("-", 72)+"\n")
		}
		explainRule(r, stdout)
	}
	return code
}

// listRules prints one line per rule: ID, analyzer, severity, title.
func listRules(w io.Writer) {
	for _, r := range rules.All() {
		fmt.Fprintf(w, "  %s  %-11s %-7s %s\n", r.ID, r.Analyzer, r.Severity, r.Title)
	}
}

func explainRule(r rules.Rule, w io.Writer) {
	fmt.Fprintf(w, "%s: %s\n", r.ID, r.Title)
	fmt.Fprintf(w, "Severity: %s   Analyzer: %s\n\n", r.Severity, r.Analyzer)
	fmt.Fprintf(w, "Why:\n%s\n", wrap(r.Doc, 76, "  "))
	if r.Source != "" {
		fmt.Fprintf(w, "\nSource:\n%s\n", wrap(r.Source, 76, "  "))
	}
	if r.Bad != "" {
		fmt.Fprintf(w, "\nReported:\n%s\n", indentLines(r.Bad, "    "))
	}
	if r.Good != "" {
		fmt.Fprintf(w, "\nInstead:\n%s\n", indentLines(r.Good, "    "))
	}
	fmt.Fprintf(w, `
Suppress:
  one finding (a reason is required), on its line or the line above:
    //dslint:ignore %[1]s <reason>
  the whole rule:   dslint -disable %[1]s ./...
  golangci-lint:    //nolint:dslint, or settings.disable: [%[1]s] in .golangci.yml

Docs: %[2]s
`, r.ID, r.URL())
}

// indentLines prefixes every line of s.
func indentLines(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// wrap fills s into lines of at most width columns (words longer than
// that stay whole), each prefixed.
func wrap(s string, width int, prefix string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		switch {
		case n == 0:
			b.WriteString(prefix)
			n = len(prefix)
		case n+1+len(w) > width:
			b.WriteString("\n" + prefix)
			n = len(prefix)
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
