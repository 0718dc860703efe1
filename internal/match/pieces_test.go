package match

import (
	"go/ast"
	"slices"
	"testing"
)

const piecesSrc = `package p

import (
	"fmt"
	"net/url"
	"path"
)

const acct = "9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c"

var base = ""
var n = 0

var (
	_ = base + "/restapi/v2.1/accounts/" + acct + "/envelopes"
	_ = fmt.Sprintf("%s/accounts/%s/envelopes?count=%d&x=100%%", base, acct, n)
	_ = fmt.Sprintf("%[1]s/accounts", base)
	_ = fmt.Sprintf("%-8s|%v", acct, acct)
	_ = base + (acct + "/x")
	_ = path.Join("/restapi/", acct, "/x", base)
	_, _ = url.JoinPath(base, "accounts", acct)
	_ = apiPath
)

var apiPath = "/restapi/" + acct
`

func TestPieces(t *testing.T) {
	info, f := typeCheck(t, piecesSrc)
	vs := values(f)[2:] // after base and n
	var pathInit ast.Expr
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok {
			for _, s := range g.Specs {
				if vs, ok := s.(*ast.ValueSpec); ok && vs.Names[0].Name == "apiPath" {
					pathInit = vs.Values[0]
				}
			}
		}
	}
	resolve := func(e ast.Expr) ast.Expr {
		if id, ok := e.(*ast.Ident); ok && id.Name == "apiPath" {
			return pathInit
		}
		return e
	}
	want := []string{
		"?/restapi/v2.1/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/envelopes",
		"?/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/envelopes?count=?&x=100%",
		"?",
		"?|9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c",
		"?9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/x",
		"/restapi/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/x/?",
		"?/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c",
		"/restapi/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c",
	}
	for i, w := range want {
		ps := Pieces(info, vs[i], resolve)
		if got, _ := Joined(ps, "?"); got != w {
			t.Errorf("Pieces(#%d) = %q, want %q", i, got, w)
		}
	}
	// The constant operand keeps its own expression; a part read through a
	// definition keeps the identifier.
	ps := Pieces(info, vs[0], nil)
	if len(ps) != 4 || ps[2].Expr.(*ast.Ident).Name != "acct" {
		t.Errorf("Pieces(concat) = %+v", ps)
	}
	// Joined gives where each piece starts: the unknown base is one hole.
	if _, offsets := Joined(ps, "?"); !slices.Equal(offsets, []int{0, 1, 24, 60}) {
		t.Errorf("Joined(concat) offsets = %v, want [0 1 24 60]", offsets)
	}
	ps = Pieces(info, vs[7], resolve)
	if len(ps) != 2 || ps[0].Expr != vs[7] || ps[1].Expr != vs[7] {
		t.Errorf("Pieces(path) = %+v, want two pieces at the identifier", ps)
	}
}
