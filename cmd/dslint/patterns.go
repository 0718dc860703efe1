package main

import (
	"path/filepath"
	"slices"
	"strings"
)

// packagePatterns maps .go file arguments to the packages that contain
// them, so that a pre-commit hook (which passes the changed files) checks
// whole packages: when every argument names a .go file, each distinct
// directory becomes a "./dir" pattern, in first-seen order. Files under
// vendor/ or testdata/ directories are dropped (they are not part of any
// package of the module). Any other argument list is returned unchanged.
// onlyFiles reports that the arguments were all .go files, in which case an
// empty result means there is nothing to check (not a usage error).
func packagePatterns(args []string) (_ []string, onlyFiles bool) {
	if len(args) == 0 {
		return args, false
	}
	for _, a := range args {
		if !strings.HasSuffix(a, ".go") || strings.HasPrefix(a, "-") {
			return args, false
		}
	}
	var out []string
	for _, a := range args {
		dir := filepath.Dir(filepath.Clean(a))
		if skipDir(dir) {
			continue
		}
		p := dir
		if !filepath.IsAbs(p) {
			p = "." + string(filepath.Separator) + p
			if dir == "." {
				p = "."
			}
		}
		p = filepath.ToSlash(p)
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out, true // empty when every file was skipped: nothing to check
}

// skipDir reports whether dir lies in a vendor or testdata tree, which
// the go command does not treat as packages of the module.
func skipDir(dir string) bool {
	for _, elem := range strings.Split(filepath.ToSlash(dir), "/") {
		if elem == "vendor" || elem == "testdata" {
			return true
		}
	}
	return false
}
