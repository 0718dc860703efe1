package match

import (
	"go/ast"
	"testing"
)

func TestPackageInits(t *testing.T) {
	const src = `package p

var (
	Scopes   = []string{"signature", "impersonation"}
	Changed  = []string{"signature"}
	Indexed  = []string{"signature"}
	Pointed  = "x"
	Declared string
	a, b     = 1, 2
)

func f() {
	Changed = append(Changed, "extended")
	Indexed[0] = "extended"
	_ = &Pointed
	_ = Scopes
}
`
	info, f := typeCheck(t, src)
	got := map[string]bool{}
	for v := range PackageInits(info, []*ast.File{f}) {
		got[v.Name()] = true
	}
	want := map[string]bool{"Scopes": true, "a": true, "b": true}
	if len(got) != len(want) {
		t.Fatalf("PackageInits = %v, want %v", got, want)
	}
	for name := range want {
		if !got[name] {
			t.Errorf("PackageInits lacks %s (got %v)", name, got)
		}
	}
}
