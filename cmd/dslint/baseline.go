package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A baseline (-write-baseline FILE, -baseline FILE) records the findings a
// codebase already has so that only new ones are reported. An entry is keyed
// by the rule, the file as the package's import path plus the file name, the
// enclosing top-level declaration and a hash of the whitespace-normalized
// reported line: not the line number, so edits above a finding keep it
// baselined, and not the message, so a dslint upgrade that rewords a rule
// keeps it too. The same line copied into another declaration is a new
// finding. The file holds only hashes, never source text, so no secret is
// written into it.

// baselineVersion is the format version of a baseline file.
const baselineVersion = 2

type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Rule  string `json:"rule"`
	File  string `json:"file"`
	Hash  string `json:"hash"`
	Count int    `json:"count"` // identical findings in the file
}

// baselineKeys computes entry keys, reading and parsing each file once.
type baselineKeys struct {
	src   sources
	decls map[string][]declSpan
}

func newBaselineKeys() *baselineKeys {
	return &baselineKeys{src: make(sources), decls: make(map[string][]declSpan)}
}

// key is the entry key of f.
func (k *baselineKeys) key(f finding) baselineEntry {
	id := f.diag.Category
	file := f.pkg + "/" + filepath.Base(f.posn.Filename)
	return baselineEntry{Rule: id, File: file, Hash: fingerprint(id, file, k.src.line(f.posn.Filename, f.posn.Line), k.decl(f.posn))}
}

// A declSpan is a top-level declaration's name and byte range.
type declSpan struct {
	name       string
	start, end int
}

// decl names the top-level declaration of the file enclosing posn: the
// function with its receiver type ("(*Client).Do"), or the first name a
// var, const or type declaration declares; "" outside any, or when the file
// cannot be parsed.
func (k *baselineKeys) decl(posn token.Position) string {
	spans, ok := k.decls[posn.Filename]
	if !ok {
		spans = declSpans(posn.Filename, k.src.get(posn.Filename))
		k.decls[posn.Filename] = spans
	}
	for _, d := range spans {
		if d.start <= posn.Offset && posn.Offset < d.end {
			return d.name
		}
	}
	return ""
}

// declSpans returns the named top-level declarations of a Go file.
func declSpans(filename string, src []byte) []declSpan {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
	if f == nil || err != nil && len(f.Decls) == 0 {
		return nil
	}
	var spans []declSpan
	for _, d := range f.Decls {
		name := declName(d)
		if name == "" {
			continue
		}
		spans = append(spans, declSpan{name, fset.Position(d.Pos()).Offset, fset.Position(d.End()).Offset})
	}
	return spans
}

func declName(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) == 1 {
			return "(" + types.ExprString(d.Recv.List[0].Type) + ")." + d.Name.Name
		}
		return d.Name.Name
	case *ast.GenDecl:
		for _, spec := range d.Specs {
			switch spec := spec.(type) {
			case *ast.TypeSpec:
				return spec.Name.Name
			case *ast.ValueSpec:
				return spec.Names[0].Name
			}
		}
	}
	return ""
}

// writeBaseline writes the findings of res to path.
func writeBaseline(path string, res *result) error {
	keys := newBaselineKeys()
	index := make(map[baselineEntry]int)
	var b baselineFile
	b.Version = baselineVersion
	for _, f := range res.findings {
		k := keys.key(f)
		if i, ok := index[k]; ok {
			b.Findings[i].Count++
			continue
		}
		index[k] = len(b.Findings)
		k.Count = 1
		b.Findings = append(b.Findings, k)
	}
	slices.SortFunc(b.Findings, func(x, y baselineEntry) int {
		return strings.Compare(x.File+x.Rule+x.Hash, y.File+y.Rule+y.Hash)
	})
	data, err := json.MarshalIndent(b, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// applyBaseline drops from res the findings recorded in the baseline at
// path and says on stderr how many were hidden and how many baselined
// findings of the analyzed packages are gone (the baseline can then be
// rewritten smaller).
func applyBaseline(path string, res *result, stderr io.Writer) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("baseline: %v", err)
	}
	var b baselineFile
	if err := json.Unmarshal(data, &b); err != nil {
		return fmt.Errorf("baseline %s: %v", path, err)
	}
	if b.Version != baselineVersion {
		return fmt.Errorf("baseline %s: format version %d, this dslint reads %d: rewrite it with -write-baseline", path, b.Version, baselineVersion)
	}
	left := make(map[baselineEntry]int)
	for _, e := range b.Findings {
		n := e.Count
		e.Count = 0
		left[e] += n
	}
	keys := newBaselineKeys()
	hidden := 0
	kept := res.findings[:0]
	for _, f := range res.findings {
		k := keys.key(f)
		if left[k] > 0 {
			left[k]--
			hidden++
			continue
		}
		kept = append(kept, f)
	}
	res.findings = kept
	gone := 0
	for e, n := range left {
		if res.checked[e.File[:max(strings.LastIndexByte(e.File, '/'), 0)]] { // a package not analyzed (pre-commit checks some) keeps its entries
			gone += n
		}
	}
	if hidden > 0 {
		fmt.Fprintf(stderr, "dslint: %s in the baseline not shown\n", plural(hidden, "finding"))
	}
	if gone > 0 {
		fmt.Fprintf(stderr, "dslint: %s in the baseline no longer found (-write-baseline shrinks it)\n", plural(gone, "finding"))
	}
	return nil
}
