package match

import (
	"go/types"
	"runtime"
	"slices"
	"strings"
	"sync"
	"weak"
)

// PackageMemo caches one value per type-checked package, for questions
// every analyzer asks about every package and its imports (does it reach
// esign, does it export a constant naming a DocuSign host): a package is
// immutable once checked, so the answer is computed once per run instead
// of once per analyzer and importer. Entries go when their package is
// garbage-collected. It is safe for concurrent use.
//
// Entries are found by the package's path and told apart by identity
// (several loads may hold a package of one path, as tests do): a lookup
// then only reads weak pointers, where making one (weak.Make) takes a
// runtime lock, which every analyzer's fast path paid on every question.
type PackageMemo[V any] struct {
	mu sync.Mutex
	m  map[string][]memoEntry[V]
}

// memoEntry is the value cached for one package.
type memoEntry[V any] struct {
	pkg weak.Pointer[types.Package]
	v   V
}

// Get returns the cached value for pkg, computing it with compute (outside
// the lock: compute may call Get for other packages) the first time.
func (c *PackageMemo[V]) Get(pkg *types.Package, compute func(*types.Package) V) V {
	if v, ok := c.lookup(pkg); ok {
		return v
	}
	v := compute(pkg)
	c.store(pkg, v)
	return v
}

func (c *PackageMemo[V]) lookup(pkg *types.Package) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.m[pkg.Path()] {
		if e.pkg.Value() == pkg {
			return e.v, true
		}
	}
	var zero V
	return zero, false
}

func (c *PackageMemo[V]) store(pkg *types.Package, v V) {
	key := weak.Make(pkg)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string][]memoEntry[V]{}
	}
	path := pkg.Path()
	for _, e := range c.m[path] {
		if e.pkg == key {
			return // computed concurrently: the same value
		}
	}
	c.m[path] = append(c.m[path], memoEntry[V]{key, v})
	runtime.AddCleanup(pkg, c.drop, memoKey{path, key})
}

// memoKey names an entry for drop without holding its package.
type memoKey struct {
	path string
	pkg  weak.Pointer[types.Package]
}

func (c *PackageMemo[V]) drop(k memoKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	es := slices.DeleteFunc(c.m[k.path], func(e memoEntry[V]) bool { return e.pkg == k.pkg })
	if len(es) == 0 {
		delete(c.m, k.path)
	} else {
		c.m[k.path] = es
	}
}

// reaches holds ReachesAny's answers, one memo per list of prefixes.
var reaches sync.Map // string (the prefixes joined) -> *PackageMemo[bool]

// ReachesAny reports whether a package under one of the import path
// prefixes is among pkg's imports, direct or indirect: only then can its
// types appear in pkg (a field of another package's struct has a type whose
// package that package imports, also when loaded from export data). The
// answer for each package on the way is cached, so asking it of every
// package of a module costs one visit of each import edge.
func ReachesAny(pkg *types.Package, prefixes ...string) bool {
	key := strings.Join(prefixes, "\x00")
	memo, ok := reaches.Load(key)
	if !ok {
		memo, _ = reaches.LoadOrStore(key, new(PackageMemo[bool]))
	}
	found, _ := reachesFrom(pkg, prefixes, memo.(*PackageMemo[bool]), map[*types.Package]bool{})
	return found
}

// reachesFrom answers ReachesAny for pkg. A package met again while it is
// being visited (an import cycle, which only broken code can have) counts
// as reaching nothing; a negative answer that depended on that cut is not
// cached (cut reports it), a positive one always holds.
func reachesFrom(pkg *types.Package, prefixes []string, memo *PackageMemo[bool], visiting map[*types.Package]bool) (found, cut bool) {
	if v, ok := memo.lookup(pkg); ok {
		return v, false
	}
	if visiting[pkg] {
		return false, true
	}
	visiting[pkg] = true
	defer delete(visiting, pkg)
	for _, imp := range pkg.Imports() {
		if hasPrefixPath(imp, prefixes) {
			found = true
			break
		}
		f, c := reachesFrom(imp, prefixes, memo, visiting)
		if f {
			found = true
			break
		}
		cut = cut || c
	}
	if found || !cut {
		memo.store(pkg, found)
	}
	return found, cut && !found
}
