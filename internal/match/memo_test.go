package match

import (
	"go/types"
	"testing"
)

func TestReachesAny(t *testing.T) {
	pkg := func(path string, imports ...*types.Package) *types.Package {
		p := types.NewPackage(path, path)
		p.SetImports(imports)
		return p
	}
	lib := pkg("github.com/jfcote87/esign/v2.1/envelopes")
	leaf := pkg("example.com/leaf")
	mid := pkg("example.com/mid", leaf, lib)
	top := pkg("example.com/top", leaf, mid)
	// An import cycle (broken code only): p reaches lib only through
	// itself from q's side, so q's answer while p is being visited is cut.
	p := pkg("example.com/p")
	q := pkg("example.com/q", p)
	p.SetImports([]*types.Package{q, lib})
	for round := range 2 { // the second round answers from the cache
		for _, c := range []struct {
			pkg  *types.Package
			want bool
		}{
			{top, true}, {mid, true}, {leaf, false}, {lib, false}, {p, true}, {q, true},
		} {
			if got := ReachesAny(c.pkg, "github.com/jfcote87/esign"); got != c.want {
				t.Errorf("round %d: ReachesAny(%s) = %v, want %v", round, c.pkg.Path(), got, c.want)
			}
		}
	}
	if ReachesAny(top, "github.com/golang-jwt/jwt") {
		t.Error("ReachesAny(top, golang-jwt) = true: answers of another prefix list were reused")
	}
	if ReachesAny(top, "github.com/jfcote87/esign/v2") {
		t.Error("ReachesAny matched a path prefix that is not a whole path element")
	}
}
