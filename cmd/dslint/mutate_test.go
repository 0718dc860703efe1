package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dslint/dslint/internal/testutil"
)

// TestMutations breaks the integration module (real x/oauth2, esign,
// golang-jwt, jwx, go-jose) the ways code found in the wild is broken, one
// mutation at a time, and runs the built binary on the package:
//   - one import of each file removed (its line blanked, so positions stay):
//     the package no longer type-checks, and the findings must be a subset
//     of the intact package's — a rule never reports more because types are
//     missing;
//   - one top-level declaration of each package blanked, and one file
//     deleted: no analyzer may panic or report an internal error (findings
//     may change: the deleted code may have switched a demo host).
//
// The import is chosen by a hash of the file name, so runs are repeatable.
func TestMutations(t *testing.T) {
	testutil.RequireE2E(t, "builds dslint and runs it on mutated copies of the integration module")
	bin := buildDslint(t)
	src, err := filepath.Abs(integrationDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOWORK", "off")
	const limit = 3 * time.Minute
	intact := findingSet(runDslint(t, bin, dir, limit, "./..."))
	if len(intact) == 0 {
		t.Fatal("no findings on the intact integration module")
	}
	var files []string
	if err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	pkgsDone := map[string]bool{}
	for _, path := range files {
		rel, _ := filepath.Rel(dir, path)
		pkg := "./" + filepath.ToSlash(filepath.Dir(rel))
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if mutated, what, ok := removeImport(t, path, orig, byName(path)); ok {
			writeFile(t, path, mutated)
			got := findingSet(runDslint(t, bin, dir, limit, pkg))
			for f := range got {
				if !intact[f] {
					t.Errorf("%s with %s removed: new finding %s (types missing must never add findings)", rel, what, f)
				}
			}
			writeFile(t, path, string(orig))
		}
		if pkgsDone[pkg] {
			continue
		}
		pkgsDone[pkg] = true
		if mutated, ok := blankFirstDecl(t, path, orig); ok {
			writeFile(t, path, mutated)
			runDslint(t, bin, dir, limit, pkg)
		}
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		runDslint(t, bin, dir, limit, pkg)
		writeFile(t, path, string(orig))
	}
}

// findingSet returns the "file:line:col: DSnnn" of each finding of r.
func findingSet(r runResult) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(r.stdout, "\n") {
		if m := positionRule.FindStringSubmatch(line); m != nil {
			out[filepath.ToSlash(m[1])] = true
		}
	}
	return out
}

// byName chooses one of n by a hash of the file's base name.
func byName(path string) func(n int) int {
	return func(n int) int {
		h := fnv.New32a()
		h.Write([]byte(filepath.Base(path)))
		return int(h.Sum32() % uint32(n))
	}
}

// removeImport blanks the lines of one import spec of the file, the one
// pick chooses among its n imports, keeping every other line where it was.
func removeImport(t *testing.T, path string, src []byte, pick func(n int) int) (string, string, bool) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Imports) == 0 {
		return "", "", false
	}
	spec := f.Imports[pick(len(f.Imports))]
	if len(f.Imports) == 1 || fset.Position(spec.Pos()).Line == fset.Position(f.Name.Pos()).Line {
		// A lone import may be written "import x": blank the whole decl.
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && slices.Contains(gd.Specs, ast.Spec(spec)) {
				return blankLines(fset, string(src), gd.Pos(), gd.End()), "import " + spec.Path.Value, true
			}
		}
	}
	return blankLines(fset, string(src), spec.Pos(), spec.End()), "import " + spec.Path.Value, true
}

// blankFirstDecl blanks the first top-level declaration after the imports.
func blankFirstDecl(t *testing.T, path string, src []byte) (string, bool) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			continue
		}
		return blankLines(fset, string(src), d.Pos(), d.End()), true
	}
	return "", false
}

// blankLines replaces the whole lines from pos to end with empty lines.
func blankLines(fset *token.FileSet, src string, pos, end token.Pos) string {
	first, last := fset.Position(pos).Line, fset.Position(end).Line
	lines := strings.Split(src, "\n")
	for i := first - 1; i < last && i < len(lines); i++ {
		lines[i] = ""
	}
	return strings.Join(lines, "\n")
}
