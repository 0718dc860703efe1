// Package mapiter is a stub of github.com/lestrrat-go/iter@v1.0.2 (package mapiter) for dslint's analysistest
// fixtures: it mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package mapiter

import "context"

// Source represents a map that knows how to create an iterator
type Source interface {
	Iterate(context.Context) Iterator
}

// Pair represents a single pair of key and value from a map
type Pair struct {
	Key   interface{}
	Value interface{}
}

// Iterator iterates through keys and values of a map
type Iterator interface {
	Next(context.Context) bool
	Pair() *Pair
}

// Visitor represents an object that handles each pair in a map
type Visitor interface {
	Visit(interface{}, interface{}) error
}

// VisitorFunc is a type of Visitor based on a function
type VisitorFunc func(interface{}, interface{}) error

// Visit calls fn.
func (fn VisitorFunc) Visit(s interface{}, v interface{}) error {
	return fn(s, v)
}
