//go:build ignore

// gen writes docs/rules.md and the README rules and analyzer tables from
// the rule table and the analyzers' doc.go sections. Run it with go generate ./internal/rules/ruledoc (or
// go run gen.go in this directory).
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dslint/dslint/analyzers"
	"github.com/dslint/dslint/internal/rules/ruledoc"
)

func main() {
	root := filepath.Join("..", "..", "..")
	docs := filepath.Join(root, ruledoc.DocsPath)
	if err := os.MkdirAll(filepath.Dir(docs), 0o755); err != nil {
		fail(err)
	}
	if err := os.WriteFile(docs, ruledoc.Markdown(analyzers.All()), 0o644); err != nil {
		fail(err)
	}
	readme := filepath.Join(root, ruledoc.ReadmePath)
	old, err := os.ReadFile(readme)
	if err != nil {
		fail(err)
	}
	updated, err := ruledoc.SpliceReadme(old, analyzers.All())
	if errors.Is(err, ruledoc.ErrNoMarkers) {
		fmt.Fprintf(os.Stderr, "gen: %s: %v; tables not written\n", readme, err)
		return
	}
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(readme, updated, 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
