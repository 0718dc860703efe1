// Package iter is a stub of github.com/lestrrat-go/jwx/v2@v2.1.7 for dslint's analysistest fixtures: it mirrors the
// real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package iter

// MapVisitor is a specialized visitor for our purposes.
type MapVisitor interface {
	Visit(string, interface{}) error
}

// MapVisitorFunc is a type of MapVisitor based on a function
type MapVisitorFunc func(string, interface{}) error

// Visit calls fn.
func (fn MapVisitorFunc) Visit(s string, v interface{}) error {
	return fn(s, v)
}
