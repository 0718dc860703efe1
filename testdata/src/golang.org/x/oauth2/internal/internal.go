// Package internal is a stub of golang.org/x/oauth2@v0.37.0 for dslint's analysistest fixtures: it mirrors the real
// exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package internal

// HTTPClient is the context key to use with context.WithValue to associate an
// *http.Client value with a context.
var HTTPClient ContextKey

// ContextKey is just an empty struct. It exists so HTTPClient can be
// an immutable public variable with a unique type.
type ContextKey struct{}
