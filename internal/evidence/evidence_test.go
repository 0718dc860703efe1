package evidence

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

const src = `package p

const authHost = "account-" + "d.docusign.com"

const other = "accounts.google.com"

func literal() string { return "https://demo.docusign.net/restapi" }

func viaConst() string { return "https://" + authHost }

func lookalike() string { return "https://account-d.docusign.com.example.org" + other }

func plain() string { return other }
`

func TestMentions(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"literal": true, "viaConst": true, "lookalike": false, "plain": false}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		if got := Mentions(info, fd.Body); got != want[fd.Name.Name] {
			t.Errorf("Mentions(%s) = %v, want %v", fd.Name.Name, got, want[fd.Name.Name])
		}
	}
	if !Package(pkg, inspector.New([]*ast.File{f}), func(token.Pos) bool { return true }) {
		t.Error("Package = false for a file naming account-d.docusign.com")
	}
}

// TestMentionsImported checks that a constant of another package counts by
// its value, as one of the package does: go/types records the value of
// hosts.Auth on the selector expression only.
func TestMentionsImported(t *testing.T) {
	deps := map[string]string{"dep/hosts": `package hosts; const Auth = "account-d.docusign.com"; const Other = "accounts.google.com"`}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", `package p; import "dep/hosts"; func ds() string { return hosts.Auth }; func other() string { return hosts.Other }`, 0)
	if err != nil {
		t.Fatal(err)
	}
	im := &srcImporter{fset: fset, deps: deps, pkgs: map[string]*types.Package{}}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := (&types.Config{Importer: im}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"ds": true, "other": false}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			if got := Mentions(info, fd.Body); got != want[fd.Name.Name] {
				t.Errorf("Mentions(%s) = %v, want %v", fd.Name.Name, got, want[fd.Name.Name])
			}
		}
	}
}
