package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A baseline (-write-baseline FILE, -baseline FILE) records the findings a
// codebase already has so that only new ones are reported. An entry is keyed
// by the rule, the file as the package's import path plus the file name, and
// a hash of the whitespace-normalized reported line and the message: not the
// line number, so edits above a finding keep it baselined. The file holds
// only hashes, never source text, so no secret is written into it.

// baselineVersion is the format version of a baseline file.
const baselineVersion = 1

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

// baselineKey is the entry key of f.
func baselineKey(src sources, f finding) baselineEntry {
	id := f.diag.Category
	file := f.pkg + "/" + filepath.Base(f.posn.Filename)
	return baselineEntry{Rule: id, File: file, Hash: fingerprint(id, file, src.line(f.posn.Filename, f.posn.Line), plainMessage(id, f.diag.Message))}
}

// writeBaseline writes the findings of res to path.
func writeBaseline(path string, res *result) error {
	src := make(sources)
	index := make(map[baselineEntry]int)
	var b baselineFile
	b.Version = baselineVersion
	for _, f := range res.findings {
		k := baselineKey(src, f)
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
		return fmt.Errorf("baseline %s: version %d, want %d", path, b.Version, baselineVersion)
	}
	left := make(map[baselineEntry]int)
	for _, e := range b.Findings {
		n := e.Count
		e.Count = 0
		left[e] += n
	}
	src := make(sources)
	hidden := 0
	kept := res.findings[:0]
	for _, f := range res.findings {
		k := baselineKey(src, f)
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
