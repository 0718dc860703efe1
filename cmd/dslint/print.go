package main

import (
	"encoding/json"
	"fmt"
	"io"
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
		for _, f := range res.findings {
			posn := f.posn // relative to the working directory, like go vet
			posn.Filename = repoRel(posn.Filename)
			fmt.Fprintf(w, "%s: %s\n", posn, f.diag.Message)
		}
	}
	return nil
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
