// Package jwt is a stub of github.com/lestrrat-go/jwx/v3@v3.3.0 (package jwt) for dslint's analysistest fixtures: it
// mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package jwt

import (
	"errors"
	"sync"
	"time"

	"github.com/lestrrat-go/jwx/v3/internal/json"
)

// Standard claim names.
const (
	AudienceKey   = "aud"
	ExpirationKey = "exp"
	IssuedAtKey   = "iat"
	IssuerKey     = "iss"
	JwtIDKey      = "jti"
	NotBeforeKey  = "nbf"
	SubjectKey    = "sub"
)

// DecodeCtx carries decoding hints.
type DecodeCtx = json.DecodeCtx

// TokenWithDecodeCtx is a token that can carry a DecodeCtx.
type TokenWithDecodeCtx = json.DecodeCtxContainer

// Token represents a generic JWT token.
type Token interface {
	// Audience returns the value for "aud" field of the token
	Audience() ([]string, bool)

	// Expiration returns the value for "exp" field of the token
	Expiration() (time.Time, bool)

	// IssuedAt returns the value for "iat" field of the token
	IssuedAt() (time.Time, bool)

	// Issuer returns the value for "iss" field of the token
	Issuer() (string, bool)

	// JwtID returns the value for "jti" field of the token
	JwtID() (string, bool)

	// NotBefore returns the value for "nbf" field of the token
	NotBefore() (time.Time, bool)

	// Subject returns the value for "sub" field of the token
	Subject() (string, bool)

	// Get is used to extract the value of any claim, including non-standard claims, out of the token.
	Get(string, any) error

	// Set assigns a value to the corresponding field in the token.
	Set(string, any) error

	// Has returns true if the specified claim has a value, even if
	// the value is empty-ish (e.g. 0, false, "")  as long as it has been
	// explicitly set.
	Has(string) bool
	Remove(string) error

	// Options returns the per-token options associated with this token.
	Options() *TokenOptionSet
	Clone() (Token, error)
	Keys() []string
}

type stdToken struct {
	mu      *sync.RWMutex
	dc      DecodeCtx      // per-object context for decoding
	options TokenOptionSet // per-object option
	claims  map[string]any
}

// New creates a standard token, with minimal knowledge of
// possible claims.
func New() Token {
	return &stdToken{
		mu:      &sync.RWMutex{},
		claims:  make(map[string]any),
		options: DefaultOptionSet(),
	}
}

func (t *stdToken) Audience() ([]string, bool) {
	v, ok := t.claims[AudienceKey].([]string)
	return v, ok
}
func (t *stdToken) Expiration() (time.Time, bool) {
	v, ok := t.claims[ExpirationKey].(time.Time)
	return v, ok
}
func (t *stdToken) IssuedAt() (time.Time, bool) {
	v, ok := t.claims[IssuedAtKey].(time.Time)
	return v, ok
}
func (t *stdToken) Issuer() (string, bool) { v, ok := t.claims[IssuerKey].(string); return v, ok }
func (t *stdToken) JwtID() (string, bool)  { v, ok := t.claims[JwtIDKey].(string); return v, ok }
func (t *stdToken) NotBefore() (time.Time, bool) {
	v, ok := t.claims[NotBeforeKey].(time.Time)
	return v, ok
}
func (t *stdToken) Subject() (string, bool) { v, ok := t.claims[SubjectKey].(string); return v, ok }
func (t *stdToken) Get(name string, dst any) error {
	if _, ok := t.claims[name]; !ok {
		return errors.New("claim not found")
	}
	return nil
}
func (t *stdToken) Set(name string, value any) error { t.claims[name] = value; return nil }
func (t *stdToken) Has(name string) bool             { _, ok := t.claims[name]; return ok }
func (t *stdToken) Remove(key string) error          { delete(t.claims, key); return nil }
func (t *stdToken) Options() *TokenOptionSet         { return &t.options }
func (t *stdToken) Clone() (Token, error)            { return t, nil }
func (t *stdToken) Keys() []string {
	keys := make([]string, 0, len(t.claims))
	for k := range t.claims {
		keys = append(keys, k)
	}
	return keys
}
func (t *stdToken) DecodeCtx() DecodeCtx     { return t.dc }
func (t *stdToken) SetDecodeCtx(v DecodeCtx) { t.dc = v }

// Builder is a convenience wrapper around the New() constructor
// and the Set() methods to assign values to Token claims.
type Builder struct {
	mu     sync.Mutex
	claims map[string]any
}

// NewBuilder creates a new Builder.
func NewBuilder() *Builder {
	return &Builder{}
}

func (b *Builder) init() {
	if b.claims == nil {
		b.claims = make(map[string]any)
	}
}

// Claim sets a claim value.
func (b *Builder) Claim(name string, value any) *Builder {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.init()
	b.claims[name] = value
	return b
}

// Audience sets the "aud" claim.
func (b *Builder) Audience(v []string) *Builder {
	return b.Claim(AudienceKey, v)
}

// Expiration sets the "exp" claim.
func (b *Builder) Expiration(v time.Time) *Builder {
	return b.Claim(ExpirationKey, v)
}

// IssuedAt sets the "iat" claim.
func (b *Builder) IssuedAt(v time.Time) *Builder {
	return b.Claim(IssuedAtKey, v)
}

// Issuer sets the "iss" claim.
func (b *Builder) Issuer(v string) *Builder {
	return b.Claim(IssuerKey, v)
}

// JwtID sets the "jti" claim.
func (b *Builder) JwtID(v string) *Builder {
	return b.Claim(JwtIDKey, v)
}

// NotBefore sets the "nbf" claim.
func (b *Builder) NotBefore(v time.Time) *Builder {
	return b.Claim(NotBeforeKey, v)
}

// Subject sets the "sub" claim.
func (b *Builder) Subject(v string) *Builder {
	return b.Claim(SubjectKey, v)
}

// Build creates a new token based on the claims that the builder has received
// so far.
func (b *Builder) Build() (Token, error) {
	b.mu.Lock()
	claims := b.claims
	b.claims = nil
	b.mu.Unlock()
	tok := New()
	for k, v := range claims {
		if err := tok.Set(k, v); err != nil {
			return nil, err
		}
	}
	return tok, nil
}

// TokenOptionSet is a bit flag containing per-token options.
type TokenOptionSet uint64

// TokenOption describes a single token option that can be set on
// the per-token option set (TokenOptionSet)
type TokenOption uint64

// Token options.
const (
	// FlattenAudience option controls whether the "aud" claim should be flattened
	// to a single string upon the token being serialized to JSON.
	FlattenAudience TokenOption = 1 << iota

	// MaxPerTokenOption is a marker to denote the last value that an option can take.
	MaxPerTokenOption
)

// Value returns the uint64 value of a single option
func (o TokenOption) Value() uint64 { return uint64(o) }

// Value returns the uint64 bit flag value of an option set
func (o TokenOptionSet) Value() uint64 { return uint64(o) }

// DefaultOptionSet creates a new TokenOptionSet using the default
// option set.
func DefaultOptionSet() TokenOptionSet { return TokenOptionSet(0) }

// Clear sets all bits to zero, effectively disabling all options
func (o *TokenOptionSet) Clear() { *o = TokenOptionSet(0) }

// Set sets the value of this option set, effectively *replacing*
// the entire option set with the new value.
func (o *TokenOptionSet) Set(s TokenOptionSet) { *o = s }

// Enable sets the appropriate value to enable the option in the
// option set
func (o *TokenOptionSet) Enable(flag TokenOption) { *o = TokenOptionSet(o.Value() | uint64(flag)) }

// Disable sets the appropriate value to disable the option in the
// option set
func (o *TokenOptionSet) Disable(flag TokenOption) { *o = TokenOptionSet(o.Value() & ^uint64(flag)) }

// IsEnabled returns true if the given bit on the option set is enabled.
func (o TokenOptionSet) IsEnabled(flag TokenOption) bool {
	return TokenOptionSet(uint64(o)&uint64(flag)) == TokenOptionSet(flag)
}
