// Package analysisdoc extracts an analyzer's documentation from its
// package's doc comment, as golang.org/x/tools' own analyzers do (their
// MustExtractDoc is internal to x/tools), so that go doc, pkg.go.dev,
// -help and the README's analyzer table share one text: the doc.go of each
// analyzer package.
//
// An analyzer's doc.go embeds itself and declares its section:
//
//	// Package legacyauth defines an Analyzer that finds legacy DocuSign
//	// authentication.
//	//
//	// # Analyzer legacyauth
//	//
//	// legacyauth: find legacy DocuSign authentication
//	//
//	// The details...
//	package legacyauth
//
//	import _ "embed"
//
//	//go:embed doc.go
//	var doc string
//
// and its analyzer's Doc is MustExtract(doc, "legacyauth").
package analysisdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// heading is the prefix of the doc comment heading that opens an
// analyzer's section ("# Analyzer <name>").
const heading = "# Analyzer "

// Extract returns the section of the package doc comment in content (the
// source of a doc.go file) that follows the heading "# Analyzer name",
// up to the next heading or the end of the comment. The section must
// start with a "name: summary" paragraph; the result is the section with
// the "name:" prefix removed, the form analysis.Analyzer.Doc expects (the
// summary paragraph, a blank line, the details).
func Extract(content, name string) (string, error) {
	if content == "" {
		return "", fmt.Errorf("empty doc.go")
	}
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go is not Go source: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package doc comment")
	}
	text := "\n" + f.Doc.Text()
	for section := range strings.SplitSeq(text, "\n# ") {
		body, ok := strings.CutPrefix(section, strings.TrimPrefix(heading, "# ")+name+"\n")
		if !ok {
			continue
		}
		body = strings.TrimSpace(body)
		rest, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("heading %q is not followed by a %q paragraph", heading+name, name+": summary")
		}
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return "", fmt.Errorf("section %q has an empty summary", heading+name)
		}
		return rest, nil
	}
	return "", fmt.Errorf("package doc comment has no %q heading", heading+name)
}

// MustExtract is Extract for package initialization: it panics, naming
// the analyzer and the fix, when doc.go lacks the section, so that a
// broken doc comment stops every test and command at once.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(fmt.Sprintf("analyzers/%s/doc.go: %v (the package doc comment needs a %q heading followed by a %q paragraph)", name, err, heading+name, name+": summary"))
	}
	return doc
}

// Summary returns the first paragraph of an analyzer's Doc on one line:
// what the analyzer finds, for tables and lists.
func Summary(doc string) string {
	first, _, _ := strings.Cut(doc, "\n\n")
	return strings.Join(strings.Fields(first), " ")
}
