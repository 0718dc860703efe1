package tokenexpiry_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/tokenexpiry"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

// A permutation reorders n top-level declarations (imports stay first).
type permutation func(n int) []int

var permutations = map[string]permutation{
	"identity": func(n int) []int {
		p := make([]int, n)
		for i := range p {
			p[i] = i
		}
		return p
	},
	"reversed": func(n int) []int {
		p := make([]int, n)
		for i := range p {
			p[i] = n - 1 - i
		}
		return p
	},
	"interleaved": func(n int) []int { // odd positions first, then even, reversed
		var p []int
		for i := n - 1; i >= 0; i-- {
			if i%2 == 1 {
				p = append(p, i)
			}
		}
		for i := n - 1; i >= 0; i-- {
			if i%2 == 0 {
				p = append(p, i)
			}
		}
		return p
	},
}

// TestDeclarationOrder runs the analyzer over every tokenexpiry fixture
// with its top-level declarations (and files) in other orders and checks
// that the findings are the same: no answer may depend on which function
// was analyzed first.
func TestDeclarationOrder(t *testing.T) {
	names := []string{"identity", "reversed", "interleaved"}
	if testing.Short() {
		names = names[:2]
	}
	var want []string
	for _, name := range names {
		got := findingsUnder(t, permutations[name], name != "identity")
		if want == nil {
			want = got
			if len(want) == 0 {
				t.Fatal("no findings over the fixtures")
			}
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("declarations %s: findings differ\n got: %s\nwant: %s", name,
				strings.Join(diff(got, want), "\n      "), strings.Join(diff(want, got), "\n      "))
		}
	}
}

// diff returns the elements of a not in b.
func diff(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

// quiet discards analysistest's complaints about // want comments, which
// a permutation leaves in place but which are not what this test checks.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

var (
	lineRef     = regexp.MustCompile(`(p\d\d_)?([\w.]+\.go):\d+`)
	renamedFile = regexp.MustCompile(`^p\d\d_`)
)

// findingsUnder copies the fixtures into a temporary GOPATH with perm
// applied to each file (and, if renamed, files in reverse order), runs the
// analyzer and returns its findings without line numbers, each with the
// declaration it is in and the text it is reported over.
func findingsUnder(t *testing.T, perm permutation, renamed bool) []string {
	t.Helper()
	testdata := testutil.TestData(t)
	root := t.TempDir()
	src := filepath.Join(root, "src")
	entries, err := os.ReadDir(filepath.Join(testdata, "src"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && e.Name() != "tokenexpiry" {
			if err := os.MkdirAll(src, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(filepath.Join(testdata, "src", e.Name()), filepath.Join(src, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	from := filepath.Join(testdata, "src", "tokenexpiry")
	err = filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(from, path)
		dir, base := filepath.Split(rel)
		if renamed {
			files, _ := filepath.Glob(filepath.Join(from, dir, "*.go"))
			i := slices.Index(files, path)
			base = fmt.Sprintf("p%02d_%s", len(files)-i, base)
		}
		out := filepath.Join(src, "tokenexpiry", dir, base)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		body, err := permuteFile(path, perm)
		if err != nil {
			return err
		}
		return os.WriteFile(out, body, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(quiet{}, root, tokenexpiry.New(&config.Config{}), "tokenexpiry/...")
	var out []string
	for _, res := range results {
		for _, d := range res.Diagnostics {
			pos := res.Pass.Fset.Position(d.Pos)
			body, err := os.ReadFile(pos.Filename)
			if err != nil {
				t.Fatal(err)
			}
			text := string(body[pos.Offset:res.Pass.Fset.Position(d.End).Offset])
			out = append(out, fmt.Sprintf("%s %s in %s over %q: %s", res.Pass.Pkg.Path(),
				renamedFile.ReplaceAllString(filepath.Base(pos.Filename), ""), enclosing(res.Pass.Files, d.Pos), text,
				lineRef.ReplaceAllString(d.Message, "$2")))
		}
	}
	slices.Sort(out)
	return out
}

// enclosing names the top-level declaration that contains pos.
func enclosing(files []*ast.File, pos token.Pos) string {
	for _, f := range files {
		for _, d := range f.Decls {
			if d.Pos() > pos || pos > d.End() {
				continue
			}
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil && len(d.Recv.List) == 1 {
					return fmt.Sprintf("(%s).%s", recvName(d.Recv.List[0].Type), d.Name.Name)
				}
				return d.Name.Name
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.ValueSpec:
						return s.Names[0].Name
					case *ast.TypeSpec:
						return s.Name.Name
					}
				}
			}
		}
	}
	return "?"
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return "*" + recvName(e.X)
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return recvName(e.X)
	case *ast.IndexListExpr:
		return recvName(e.X)
	}
	return "?"
}

// permuteFile returns the source of the file with its top-level
// declarations other than imports reordered by perm. Each declaration
// moves with its doc comment and the rest of its last line (a // want).
func permuteFile(path string, perm permutation) ([]byte, error) {
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, body, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	type span struct{ start, end int }
	var spans []span
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			continue
		}
		start := d.Pos()
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Doc != nil {
			start = fd.Doc.Pos()
		} else if g, ok := d.(*ast.GenDecl); ok && g.Doc != nil {
			start = g.Doc.Pos()
		}
		end := fset.Position(d.End()).Offset
		for end < len(body) && body[end] != '\n' {
			end++
		}
		spans = append(spans, span{fset.Position(start).Offset, end})
	}
	if len(spans) == 0 {
		return body, nil
	}
	var out []byte
	out = append(out, body[:spans[0].start]...)
	for _, i := range perm(len(spans)) {
		out = append(out, body[spans[i].start:spans[i].end]...)
		out = append(out, "\n\n"...)
	}
	return append(out, body[spans[len(spans)-1].end:]...), nil
}
