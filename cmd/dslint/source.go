package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// sources caches the contents of the files findings point into, for the
// line text that SARIF fingerprints and columns need and for -fix.
type sources map[string][]byte

// get returns the contents of filename (nil if it cannot be read).
func (s sources) get(filename string) []byte {
	if b, ok := s[filename]; ok {
		return b
	}
	b, _ := os.ReadFile(filename)
	s[filename] = b
	return b
}

// line returns the text of the 1-based line of filename, without the
// line terminator ("" if unknown).
func (s sources) line(filename string, n int) string {
	b := s.get(filename)
	for i := 1; i < n && b != nil; i++ {
		j := bytes.IndexByte(b, '\n')
		if j < 0 {
			return ""
		}
		b = b[j+1:]
	}
	if j := bytes.IndexByte(b, '\n'); j >= 0 {
		b = b[:j]
	}
	return strings.TrimSuffix(string(b), "\r")
}

// utf16Column converts a 1-based byte column on a line into the 1-based
// UTF-16 code unit column SARIF uses by default (columnKind
// utf16CodeUnits). Columns past the line end are kept as bytes.
func utf16Column(line string, col int) int {
	if col <= 1 || col-1 > len(line) {
		return col
	}
	n := 1
	for _, r := range line[:col-1] {
		if r == utf8.RuneError {
			n++
			continue
		}
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// repoRel returns filename relative to the working directory with forward
// slashes (the repo-relative path CI systems expect), or filename itself
// when it lies outside the working directory.
func repoRel(filename string) string {
	wd, err := os.Getwd()
	if err != nil || filename == "" {
		return filepath.ToSlash(filename)
	}
	if !filepath.IsAbs(filename) {
		return filepath.ToSlash(filename)
	}
	rel, err := filepath.Rel(wd, filename)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(filename)
	}
	return filepath.ToSlash(rel)
}

// plainMessage strips the "DS101: " prefix the reporter adds, for formats
// that carry the rule ID separately (SARIF ruleId, GitHub title).
func plainMessage(category, msg string) string {
	if category != "" {
		return strings.TrimPrefix(msg, category+": ")
	}
	return msg
}
