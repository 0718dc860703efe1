// Package generics is generics-heavy code: constraints with ~, generic
// types with methods, recursive and mutually recursive instantiation,
// generic aliases, iterators and inference, with DocuSign hosts flowing
// through type parameters.
package generics

import (
	"cmp"
	"iter"
	"maps"
	"slices"
	"strings"
)

const authServer = "https://account-d.docusign.com"

// Host is a named string.
type Host string

// Stringish is any string-like type.
type Stringish interface{ ~string | ~[]byte }

// Ordered pairs.
type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

// Tree is a generic binary tree.
type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
	less        func(a, b T) bool
}

// Insert adds v.
func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if t.less != nil && t.less(v, t.Val) {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

// All iterates in order.
func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	return t == nil || (t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield))
}

// Set is a generic alias.
type Set[T comparable] = map[T]struct{}

// Graph has mutually recursive type parameters.
type Graph[N Node[E], E Edge[N]] struct{ Nodes []N }

// Node and Edge constrain each other.
type (
	Node[E any] interface{ Edges() []E }
	Edge[N any] interface{ Nodes() (N, N) }
)

// Map applies f.
func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, e := range s {
		out = append(out, f(e))
	}
	return out
}

// Join concatenates string-like values.
func Join[S Stringish](xs ...S) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(string(x))
	}
	return b.String()
}

// Keys returns sorted keys.
func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

// Nest instantiates deeply nested generic types.
type Nest = Pair[string, Pair[Host, Pair[int, Tree[Pair[string, Set[Host]]]]]]

// Use puts DocuSign hosts through the generic code.
func Use() []string {
	hosts := Set[Host]{Host(authServer): {}, "demo.docusign.net": {}}
	var t *Tree[Host]
	for h := range hosts {
		t = t.Insert(h)
	}
	var n Nest
	n.Val.Key = Host(Join(authServer, "/oauth/token"))
	return Map(Keys(hosts), func(h Host) string { return Join(h, Host("/oauth/token")) })
}

// AuthServer returns the OAuth host.
func AuthServer() string { return authServer }
