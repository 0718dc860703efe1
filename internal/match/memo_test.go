package match

import (
	"go/types"
	"runtime"
	"testing"
	"time"
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

// TestPackageMemo checks that packages of one path (two loads) keep their
// own values, that a value is computed once per package, and that an entry
// goes with its package.
func TestPackageMemo(t *testing.T) {
	var memo PackageMemo[int]
	a, b := types.NewPackage("example.com/p", "p"), types.NewPackage("example.com/p", "p")
	calls := 0
	count := func(n int) func(*types.Package) int {
		return func(*types.Package) int { calls++; return n }
	}
	if got := memo.Get(a, count(1)); got != 1 {
		t.Errorf("Get(a) = %d, want 1", got)
	}
	if got := memo.Get(b, count(2)); got != 2 {
		t.Errorf("Get(b), another package of the same path, = %d, want 2", got)
	}
	if got := memo.Get(a, count(3)); got != 1 || calls != 2 {
		t.Errorf("Get(a) again = %d after %d computations, want 1 after 2", got, calls)
	}
	b = nil
	defer runtime.KeepAlive(a)
	for range 50 {
		runtime.GC()
		memo.mu.Lock()
		n := len(memo.m["example.com/p"])
		memo.mu.Unlock()
		if n == 1 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Error("the entry of a collected package was not dropped")
}
