package claims

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"
)

// jwtStub stands in for the parts of github.com/golang-jwt/jwt/v5 the
// tests need.
const jwtStub = `package jwt
import "time"
type NumericDate struct{ time.Time }
type ClaimStrings []string
type RegisteredClaims struct {
	Issuer    string       ` + "`json:\"iss,omitempty\"`" + `
	Subject   string       ` + "`json:\"sub,omitempty\"`" + `
	Audience  ClaimStrings ` + "`json:\"aud,omitempty\"`" + `
	ExpiresAt *NumericDate ` + "`json:\"exp,omitempty\"`" + `
	ID        string       ` + "`json:\"jti,omitempty\"`" + `
}
type MapClaims map[string]any
`

const src = `package p
import "github.com/golang-jwt/jwt/v5"
type custom struct {
	jwt.RegisteredClaims
	Scope string ` + "`json:\"scope\"`" + `
	Other string ` + "`json:\"other\"`" + `
}
type plain struct {
	Scope string ` + "`json:\"scope,omitempty\"`" + `
	Aud   string ` + "`json:\"aud\"`" + `
}
func f(k string) {
	_ = jwt.MapClaims{"exp": 1, "aud": "x", k: 2}
	_ = map[string]interface{}{"sub": "s"}
	_ = map[string]string{"sub": "s"}
	_ = jwt.RegisteredClaims{Subject: "s", ExpiresAt: nil}
	_ = custom{RegisteredClaims: jwt.RegisteredClaims{Issuer: "i"}, Scope: "signature", Other: "o"}
	_ = &custom{Scope: "x"}
	var c custom
	c.ExpiresAt = nil
	c.Scope = "x"
	c.Other = "y"
	m := jwt.MapClaims{}
	m["nbf"] = 1
	m[k] = 2
	_ = plain{Scope: "s", Aud: "a"}
}
`

type stubImporter struct {
	std  types.Importer
	pkgs map[string]*types.Package
}

func (s stubImporter) Import(path string) (*types.Package, error) {
	if p, ok := s.pkgs[path]; ok {
		return p, nil
	}
	return s.std.Import(path)
}

func load(t *testing.T) (*types.Info, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	std := importer.ForCompiler(fset, "gc", nil)
	jf, err := parser.ParseFile(fset, "jwt.go", jwtStub, 0)
	if err != nil {
		t.Fatal(err)
	}
	jwt, err := (&types.Config{Importer: std}).Check("github.com/golang-jwt/jwt/v5", fset, []*ast.File{jf}, nil)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	imp := stubImporter{std: std, pkgs: map[string]*types.Package{jwt.Path(): jwt}}
	if _, err := (&types.Config{Importer: imp}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	return info, f
}

// TestSites lists, per statement of f, the claims Sites finds (top-level
// nodes only: literals, assignments).
func TestSites(t *testing.T) {
	info, f := load(t)
	body := f.Decls[len(f.Decls)-1].(*ast.FuncDecl).Body
	want := []string{
		"aud exp", // MapClaims: the non-constant key is skipped
		"sub",     // map[string]interface{}
		"",        // map[string]string is not a claim set
		"exp sub", // RegisteredClaims
		"iss scope",
		"scope",
		"", // var c custom
		"exp",
		"scope",
		"", // Other: not a claim name
		"",
		"nbf",
		"", // m[k]
		"", // plain structs are not claims (see TaggedSites)
	}
	for i, stmt := range body.List {
		var node ast.Node = stmt
		switch s := stmt.(type) {
		case *ast.AssignStmt:
			if id, ok := s.Lhs[0].(*ast.Ident); ok && id.Name == "_" {
				node = s.Rhs[0]
				if u, ok := node.(*ast.UnaryExpr); ok {
					node = u.X
				}
			}
		}
		var got []string
		for _, site := range Sites(info, node) {
			got = append(got, site.Claim)
		}
		slices.Sort(got)
		if g := strings.Join(got, " "); i < len(want) && g != want[i] {
			t.Errorf("statement %d: Sites = %q, want %q", i, g, want[i])
		}
	}
	last := body.List[len(body.List)-1].(*ast.AssignStmt).Rhs[0].(*ast.CompositeLit)
	sites, ok := TaggedSites(info, last)
	if !ok || len(sites) != 2 || sites[0].Claim != Scope || sites[1].Claim != Aud {
		t.Errorf("TaggedSites(plain) = %v, %v; want scope and aud", sites, ok)
	}
}

func TestExpiryName(t *testing.T) {
	for name, want := range map[string]bool{
		"Expiry": true, "expiry": true, "ExpiresAt": true, "expiresIn": true, "Exp": true, "exp": true,
		"exportLimit": false, "expected": false, "Expire": false, "export": false, "": false,
	} {
		if got := ExpiryName(name); got != want {
			t.Errorf("ExpiryName(%q) = %v, want %v", name, got, want)
		}
	}
	if !ExpiryKey("expires_in") || ExpiryKey("expires") {
		t.Error("ExpiryKey: want expires_in, not expires")
	}
}

// TestUsePackages checks that CallUse looks at the calls of every package
// its lists name, methods (of pointer receivers) and go-jose's builders
// included.
func TestUsePackages(t *testing.T) {
	for _, path := range []string{
		"github.com/golang-jwt/jwt/v5", "github.com/dgrijalva/jwt-go", "github.com/lestrrat-go/jwx/v2/jwt",
		"github.com/lestrrat-go/jwx/v3/jws", "github.com/go-jose/go-jose/v4", "github.com/go-jose/go-jose/v4/jwt",
		"gopkg.in/square/go-jose.v2", "gopkg.in/go-jose/go-jose.v2/jwt", "crypto", "crypto/rsa", "crypto/ecdsa",
		"crypto/ed25519", "encoding/json",
	} {
		if !usePackages[path] {
			t.Errorf("usePackages lacks %s", path)
		}
	}
	if usePackages["crypto/hmac"] || usePackages["github.com/golang-jwt"] {
		t.Errorf("usePackages has a package no list names: %v", usePackages)
	}
}
