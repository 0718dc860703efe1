// Package json is a stub of github.com/lestrrat-go/jwx/v3@v3.3.0 for dslint's analysistest fixtures: it mirrors the
// real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package json

// Registry holds types registered for decoding.
type Registry struct {
	data map[string]any
}

// DecodeCtx is an interface for objects that needs that extra something
// when decoding JSON into an object.
type DecodeCtx interface {
	Registry() *Registry
}

// DecodeCtxContainer is used to differentiate objects that can carry extra
// decoding hints and those who can't.
type DecodeCtxContainer interface {
	DecodeCtx() DecodeCtx
	SetDecodeCtx(DecodeCtx)
}
