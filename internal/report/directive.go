package report

import (
	"go/ast"
	"go/token"
	"sort"
	"strconv"
	"strings"

	"github.com/dslint/dslint/internal/config"
)

// Directive is a suppression comment: `//dslint:ignore DS101[,DS102] reason`,
// the file-wide `//dslint:file-ignore DS101 reason`, or golangci-lint's
// `//nolint`, `//nolint:all`, `//nolint:dslint` and `//nolint:<analyzer>`
// (also written `// nolint:...`, which golangci-lint honours too). A line
// directive applies to findings that start on its own line or on the line
// below it (on a line of its own) or on its own line only (after code, as
// in x := f() //nolint: golangci-lint's reading, so that it never reaches
// the next statement); a file directive to every finding in its file.
type Directive struct {
	Pos    token.Pos
	End    token.Pos
	Line   int
	Names  []string // rule IDs or analyzer names; nil for a bare //nolint
	Reason string
	NoLint bool // a //nolint directive (never reported as malformed or unused)
	File   bool // a //dslint:file-ignore directive: it covers the whole file
	// Trailing: the directive follows code on its line, so it covers that
	// line only.
	Trailing bool
	Err      string
}

const (
	ignorePrefix     = "//dslint:ignore"
	fileIgnorePrefix = "//dslint:file-ignore"
)

// Form returns how the directive is written, for messages:
// "//dslint:ignore" or "//dslint:file-ignore".
func (d *Directive) Form() string {
	if d.File {
		return fileIgnorePrefix
	}
	return ignorePrefix
}

// ParseDirectives returns the suppression directives in a file. Malformed
// //dslint:ignore directives are returned with Err set.
func ParseDirectives(fset *token.FileSet, f *ast.File) []Directive {
	var out []Directive
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			d, ok := parseDirective(c.Text)
			if !ok {
				continue
			}
			d.Pos, d.End = c.Pos(), c.End()
			d.Line = fset.Position(c.Pos()).Line
			d.Trailing = afterCode(fset, f, c.Pos(), d.Line)
			out = append(out, d)
		}
	}
	return out
}

func parseDirective(text string) (Directive, bool) {
	if strings.HasPrefix(text, "// nolint") {
		text = "//" + text[len("// "):] // golangci-lint reads "// nolint:x" as "//nolint:x"
	}
	switch {
	case strings.HasPrefix(text, ignorePrefix), strings.HasPrefix(text, fileIgnorePrefix):
		d := Directive{File: strings.HasPrefix(text, fileIgnorePrefix)}
		form := d.Form()
		rest := text[len(form):]
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			return Directive{}, false // e.g. //dslint:ignored
		}
		rest, _, _ = strings.Cut(rest, "//") // a trailing comment is not the reason
		fields := strings.Fields(rest)
		if len(fields) > 0 {
			for _, n := range strings.Split(fields[0], ",") {
				if n == "" {
					continue
				}
				if err := config.Validate(n); err != nil {
					d.Err = "names unknown rule or analyzer " + strconv.Quote(n)
				}
				d.Names = append(d.Names, n)
			}
		}
		if len(d.Names) == 0 { // nothing, or only commas ("//dslint:ignore , reason")
			d.Err = "names no rule"
			return d, true
		}
		d.Reason = strings.Join(fields[1:], " ")
		if d.Err == "" && d.Reason == "" {
			d.Err = "has no reason"
		}
		return d, true
	case text == "//nolint" || strings.HasPrefix(text, "//nolint:") || strings.HasPrefix(text, "//nolint "):
		d := Directive{NoLint: true}
		rest := strings.TrimPrefix(text, "//nolint")
		if strings.HasPrefix(rest, ":") {
			list := rest[1:]
			if i := strings.IndexAny(list, " \t"); i >= 0 {
				list = list[:i] // the names end at the first blank: "//nolint:a,b\t// why"
			}
			for _, n := range strings.Split(list, ",") {
				if n = strings.TrimSpace(n); n != "" {
					d.Names = append(d.Names, n)
				}
			}
		}
		return d, true
	}
	return Directive{}, false
}

// afterCode reports whether code precedes pos on its line: some node of
// the declaration that holds pos (or the last one before it, or the
// package clause) ends on that line before pos.
func afterCode(fset *token.FileSet, f *ast.File, pos token.Pos, line int) bool {
	onLine := func(n ast.Node) bool { return n.End() <= pos && fset.Position(n.End()).Line == line }
	if onLine(f.Name) {
		return true
	}
	i := sort.Search(len(f.Decls), func(i int) bool { return f.Decls[i].Pos() > pos }) - 1
	if i < 0 {
		return false
	}
	found := false
	ast.Inspect(f.Decls[i], func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.Comment, *ast.CommentGroup:
			return false
		}
		if found || n.Pos() > pos {
			return false
		}
		found = onLine(n)
		return !found
	})
	return found
}

// covers reports whether d suppresses a finding of rule id (owned by
// analyzer) that starts on line.
func (d *Directive) covers(id, analyzer string, line int) bool {
	if d.Err != "" || (!d.File && line != d.Line && (d.Trailing || line != d.Line+1)) {
		return false
	}
	if d.NoLint && len(d.Names) == 0 {
		return true
	}
	for _, n := range d.Names {
		if strings.EqualFold(n, id) || n == analyzer || (d.NoLint && (n == "dslint" || n == "all")) {
			return true
		}
	}
	return false
}
