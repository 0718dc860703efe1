// Package option is a stub of github.com/lestrrat-go/option/v2@v2.0.0 for dslint's analysistest fixtures: it
// mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package option

import "errors"

// Interface defines the minimum interface that an option must fulfill
type Interface interface {
	// Ident returns the "identity" of this option, a unique identifier that
	// can be used to differentiate between options
	Ident() any

	// Value assigns the stored value into the dst argument, which must be
	// a pointer to a variable that can store the value. If the assignment
	// is successful, it return nil, otherwise it returns an error.
	Value(dst any) error
}

type pair[T any] struct {
	ident any
	value T
}

// New creates a new Option
func New[T any](ident any, value T) Interface {
	return &pair[T]{
		ident: ident,
		value: value,
	}
}

func (p *pair[T]) Ident() any {
	return p.ident
}

func (p *pair[T]) Value(dst any) error {
	if d, ok := dst.(*T); ok {
		*d = p.value
		return nil
	}
	return errors.New("incompatible destination")
}
