package match

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const src = `package p

import (
	"bytes"
	h "net/url"
	. "strings"
	"time"
)

type Header = h.Values

const host = "account-d.docusign.com"
const url = "https://" + host + "/oauth/token"

type T struct {
	A string
	B int
}

var (
	_ = h.Values{}.Get("x")
	_ = Header{}.Get("y")
	_ = Contains(url, host)
	_ = new(bytes.Buffer).Len()
	_ = []byte(url)
	_ = 2 * time.Hour
	_ = T{"a", 1}
	_ = T{B: 2}
	_ = []string{"signature", host}
)
`

func check(t *testing.T) (*types.Info, *ast.File) { return typeCheck(t, src) }

// typeCheck parses and type-checks one file of package p.
func typeCheck(t *testing.T, src string) (*types.Info, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", nil)}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	return info, f
}

// values returns the right-hand sides of the blank var declarations.
func values(f *ast.File) []ast.Expr {
	var out []ast.Expr
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, s := range g.Specs {
				out = append(out, s.(*ast.ValueSpec).Values[0])
			}
		}
	}
	return out
}

func TestCalleeNames(t *testing.T) {
	info, f := check(t)
	vs := values(f)
	want := []string{"(net/url.Values).Get", "(net/url.Values).Get", "strings.Contains", "(*bytes.Buffer).Len"}
	for i, w := range want {
		if got := CalleeName(info, vs[i].(*ast.CallExpr)); got != w {
			t.Errorf("call %d: CalleeName = %q, want %q", i, got, w)
		}
	}
	if !IsCallTo(info, vs[1].(*ast.CallExpr), "(net/url.Values).Get") {
		t.Error("alias receiver must match the aliased type's method")
	}
}

func TestValues(t *testing.T) {
	info, f := check(t)
	vs := values(f)
	if s, ok := String(info, vs[2].(*ast.CallExpr).Args[0]); !ok || s != "https://account-d.docusign.com/oauth/token" {
		t.Errorf("String(url) = %q, %v", s, ok)
	}
	if s, ok := String(info, vs[4]); !ok || s != "https://account-d.docusign.com/oauth/token" {
		t.Errorf("String([]byte(url)) = %q, %v", s, ok)
	}
	if n, ok := Int(info, vs[5]); !ok || n != int64(7200e9) {
		t.Errorf("Int(2*time.Hour) = %d, %v", n, ok)
	}
	pos, _, ok := StructLit(info, vs[6].(*ast.CompositeLit))
	if !ok || len(pos) != 2 || pos[0].Var.Name() != "A" || pos[1].Var.Name() != "B" || pos[0].Key != nil {
		t.Errorf("positional StructLit = %+v", pos)
	}
	keyed, typ, _ := StructLit(info, vs[7].(*ast.CompositeLit))
	if len(keyed) != 1 || keyed[0].Name(typ) != "p.T.B" {
		t.Errorf("keyed StructLit = %+v", keyed)
	}
	strs, _, ok := Strings(info, vs[8])
	if !ok || len(strs) != 2 || strs[1] != "account-d.docusign.com" {
		t.Errorf("Strings = %v, %v", strs, ok)
	}
	if c := ConstObject(info, vs[2].(*ast.CallExpr).Args[1]); c == nil || c.Name() != "host" {
		t.Errorf("ConstObject(host) = %v", c)
	}
}

func TestPkgPath(t *testing.T) {
	for in, want := range map[string]string{
		"golang.org/x/oauth2":                        "golang.org/x/oauth2",
		"example.com/app/vendor/golang.org/x/oauth2": "golang.org/x/oauth2",
		"vendor/golang.org/x/net/http/httpguts":      "golang.org/x/net/http/httpguts",
	} {
		if got := PkgPath(types.NewPackage(in, "x")); got != want {
			t.Errorf("PkgPath(%q) = %q, want %q", in, got, want)
		}
	}
}

// StructOf answers nil for what has no struct, a missing type included.
func TestStructOf(t *testing.T) {
	st := types.NewStruct([]*types.Var{types.NewField(token.NoPos, nil, "Aud", types.Typ[types.String], false)}, nil)
	named := types.NewNamed(types.NewTypeName(token.NoPos, nil, "Claims", nil), st, nil)
	for _, c := range []struct {
		t    types.Type
		want *types.Struct
	}{{nil, nil}, {types.Typ[types.Invalid], nil}, {types.Typ[types.String], nil}, {named, st}, {types.NewPointer(named), st}} {
		if got := StructOf(c.t); got != c.want {
			t.Errorf("StructOf(%v) = %v, want %v", c.t, got, c.want)
		}
	}
}
