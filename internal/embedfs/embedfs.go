// Package embedfs resolves //go:embed directives to the files they embed and
// reads them. It is the only place where dslint touches the file system
// itself: the embedded files are not among the files drivers let
// pass.ReadFile read, and resolving the patterns needs the directory listing
// the compiler uses too. Everything here is skipped under nogo, whose Pass
// has no ReadFile.
package embedfs

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Read reads an embedded file through pass.ReadFile, falling back to the
// file system when the driver refuses it (drivers list only a package's Go
// and "other" files); nil on error, when the file is larger than maxSize, or
// when pass.ReadFile is nil (nogo: embedded files are not checked there).
func Read(pass *analysis.Pass, name string, maxSize int64) []byte {
	if pass.ReadFile == nil {
		return nil
	}
	if fi, err := os.Stat(name); err != nil || fi.Size() > maxSize {
		return nil
	}
	data, err := pass.ReadFile(name)
	if err != nil {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil
	}
	return data
}

// Large opens an embedded file larger than maxSize, for a caller that reads
// it in a streaming way; nil when the file is not larger, on error, or when
// pass.ReadFile is nil.
func Large(pass *analysis.Pass, name string, maxSize int64) io.ReadCloser {
	if pass.ReadFile == nil {
		return nil
	}
	if fi, err := os.Stat(name); err != nil || fi.Size() <= maxSize {
		return nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	return f
}

// Files returns the files (at most max) matched by the
// patterns of a //go:embed directive, following the rules of package embed:
// patterns are globs relative to dir, quoted patterns are allowed, a
// directory is embedded recursively without files whose names begin with
// '.' or '_' (unless the pattern has the all: prefix).
func Files(dir, args string, max int) []string {
	var out []string
	for _, pat := range patterns(args) {
		all := strings.HasPrefix(pat, "all:")
		pat = strings.TrimPrefix(pat, "all:")
		if strings.Contains(pat, "..") || filepath.IsAbs(pat) {
			continue
		}
		matches, _ := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pat)))
		for _, m := range matches {
			_ = filepath.WalkDir(m, func(p string, d fs.DirEntry, err error) error {
				if err != nil || len(out) >= max {
					return filepath.SkipAll
				}
				if p != m && !all && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if d.Type().IsRegular() {
					out = append(out, p)
				}
				return nil
			})
		}
	}
	return out
}

// patterns splits a //go:embed argument list, unquoting "..." and
// `...` patterns.
func patterns(args string) []string {
	var out []string
	for args = strings.TrimSpace(args); args != ""; args = strings.TrimSpace(args) {
		if args[0] == '"' || args[0] == '`' {
			q := args[0]
			end := strings.IndexByte(args[1:], q)
			if end < 0 {
				return out
			}
			if s, err := strconv.Unquote(args[:end+2]); err == nil {
				out = append(out, s)
			}
			args = args[end+2:]
			continue
		}
		field, rest := args, ""
		if i := strings.IndexAny(args, " \t"); i >= 0 {
			field, rest = args[:i], args[i+1:]
		}
		out = append(out, field)
		args = rest
	}
	return out
}
