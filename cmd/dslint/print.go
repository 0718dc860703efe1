package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/dslint/dslint/internal/rules"
)

// print writes the findings in the selected format. With -fix it first
// applies the suggested fixes and prints only the findings left; with
// -diff it prints the fixes as a unified diff instead of the findings.
func print(o *options, res *result, w io.Writer) error {
	switch {
	case o.diff:
		return printDiff(res, w)
	case o.fix:
		if err := applyFixes(o, res); err != nil {
			return err
		}
	}
	switch o.format {
	case "json":
		return printJSON(res, w)
	case "sarif":
		return printSARIF(res, w)
	case "github":
		return printGitHub(res, w)
	default:
		printText(res, w, o.stderr, colorOn(w))
	}
	return nil
}

// printText prints one line per finding on w (positions relative to the
// working directory, like go vet), then on stderr a summary line and each
// reported rule's documentation link once. With color the position is bold
// and the rule ID red (error) or yellow (warning).
func printText(res *result, w, stderr io.Writer, color bool) {
	files := map[string]bool{}
	count := map[string]int{}
	var ids []string
	for _, f := range res.findings {
		posn := f.posn
		posn.Filename = repoRel(posn.Filename)
		files[posn.Filename] = true
		id := f.diag.Category
		if count[id] == 0 {
			ids = append(ids, id)
		}
		count[id]++
		msg := f.diag.Message
		if !color {
			fmt.Fprintf(w, "%s: %s\n", posn, msg)
			continue
		}
		code := "31" // red
		if r, ok := rules.Lookup(id); ok && r.Severity == rules.Warning {
			code = "33" // yellow
		}
		if rest, ok := strings.CutPrefix(msg, id+":"); ok {
			msg = "\x1b[" + code + "m" + id + "\x1b[0m:" + rest
		}
		fmt.Fprintf(w, "\x1b[1m%s:\x1b[0m %s\n", posn, msg)
	}
	if len(res.findings) == 0 {
		return
	}
	sort.Strings(ids)
	per := make([]string, len(ids))
	for i, id := range ids {
		per[i] = fmt.Sprintf("%s ×%d", id, count[id])
	}
	fmt.Fprintf(stderr, "dslint: %s in %s (%s)\n", plural(len(res.findings), "finding"), plural(len(files), "file"), strings.Join(per, ", "))
	for _, id := range ids {
		if r, ok := rules.Lookup(id); ok {
			fmt.Fprintf(stderr, "  %s: %s\n", id, r.URL())
		}
	}
}

// colorOn reports whether text output to w is coloured: only when w is a
// terminal and NO_COLOR (https://no-color.org) is unset or empty and TERM
// is not "dumb".
func colorOn(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	return isTerminal(w)
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// jsonDiag is one diagnostic in the shape go vet -json prints.
type jsonDiag struct {
	Category       string        `json:"category,omitempty"`
	Posn           string        `json:"posn"`
	End            string        `json:"end,omitempty"`
	Message        string        `json:"message"`
	URL            string        `json:"url,omitempty"`
	SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
	Related        []jsonRelated `json:"related,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end,omitempty"`
	Message string `json:"message"`
}

// printJSON prints {"pkgpath": {"analyzer": [diagnostic, ...]}} like
// go vet -json, with test variants folded into their package.
func printJSON(res *result, w io.Writer) error {
	out := make(map[string]map[string][]jsonDiag)
	for _, f := range res.findings {
		d := jsonDiag{Category: f.diag.Category, Posn: f.posn.String(), Message: f.diag.Message, URL: f.diag.URL}
		if f.end.IsValid() {
			d.End = f.end.String()
		}
		for _, fix := range f.diag.SuggestedFixes {
			jf := jsonFix{Message: fix.Message}
			for _, e := range fix.TextEdits {
				start := f.fset.Position(e.Pos)
				end := start
				if e.End.IsValid() {
					end = f.fset.Position(e.End)
				}
				jf.Edits = append(jf.Edits, jsonEdit{Filename: start.Filename, Start: start.Offset, End: end.Offset, New: string(e.NewText)})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, jf)
		}
		for _, r := range f.diag.Related {
			jr := jsonRelated{Posn: f.fset.Position(r.Pos).String(), Message: r.Message}
			if r.End.IsValid() {
				jr.End = f.fset.Position(r.End).String()
			}
			d.Related = append(d.Related, jr)
		}
		if out[f.pkg] == nil {
			out[f.pkg] = make(map[string][]jsonDiag)
		}
		out[f.pkg][f.analyzer] = append(out[f.pkg][f.analyzer], d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "\t")
	return enc.Encode(out)
}
