// Package jwt is a stub of github.com/lestrrat-go/jwx/v2@v2.1.7 (package jwt) for dslint's analysistest fixtures: it
// mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package jwt

import (
	"context"
	"sync"
	"time"

	"github.com/lestrrat-go/iter/mapiter"
	"github.com/lestrrat-go/jwx/v2/internal/iter"
	"github.com/lestrrat-go/jwx/v2/internal/json"
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

// ClaimPair is a key/value pair of a claim.
type ClaimPair = mapiter.Pair

// Iterator iterates over the claims of a token.
type Iterator = mapiter.Iterator

// Visitor visits the claims of a token.
type Visitor = iter.MapVisitor

// VisitorFunc is a function Visitor.
type VisitorFunc = iter.MapVisitorFunc

// DecodeCtx carries decoding hints.
type DecodeCtx = json.DecodeCtx

// TokenWithDecodeCtx is a token that can carry a DecodeCtx.
type TokenWithDecodeCtx = json.DecodeCtxContainer

// Token represents a generic JWT token.
type Token interface {

	// Audience returns the value for "aud" field of the token
	Audience() []string

	// Expiration returns the value for "exp" field of the token
	Expiration() time.Time

	// IssuedAt returns the value for "iat" field of the token
	IssuedAt() time.Time

	// Issuer returns the value for "iss" field of the token
	Issuer() string

	// JwtID returns the value for "jti" field of the token
	JwtID() string

	// NotBefore returns the value for "nbf" field of the token
	NotBefore() time.Time

	// Subject returns the value for "sub" field of the token
	Subject() string

	// PrivateClaims return the entire set of fields (claims) in the token
	// *other* than the pre-defined fields such as `iss`, `nbf`, `iat`, etc.
	PrivateClaims() map[string]interface{}

	// Get returns the value of the corresponding field in the token, such as
	// `nbf`, `exp`, `iat`, and other user-defined fields. If the field does not
	// exist in the token, the second return value will be `false`
	Get(string) (interface{}, bool)

	// Set assigns a value to the corresponding field in the token. Some
	// pre-defined fields such as `nbf`, `iat`, `iss` need their values to
	// be of a specific type.
	Set(string, interface{}) error
	Remove(string) error

	// Options returns the per-token options associated with this token.
	Options() *TokenOptionSet
	Clone() (Token, error)
	Iterate(context.Context) Iterator
	Walk(context.Context, Visitor) error
	AsMap(context.Context) (map[string]interface{}, error)
}

type stdToken struct {
	mu      *sync.RWMutex
	dc      DecodeCtx      // per-object context for decoding
	options TokenOptionSet // per-object option
	claims  map[string]interface{}
}

// New creates a standard token, with minimal knowledge of
// possible claims. Standard claims include"aud", "exp", "iat", "iss", "jti", "nbf" and "sub".
func New() Token {
	return &stdToken{
		mu:      &sync.RWMutex{},
		claims:  make(map[string]interface{}),
		options: DefaultOptionSet(),
	}
}

func (t *stdToken) Audience() []string                    { v, _ := t.claims[AudienceKey].([]string); return v }
func (t *stdToken) Expiration() time.Time                 { v, _ := t.claims[ExpirationKey].(time.Time); return v }
func (t *stdToken) IssuedAt() time.Time                   { v, _ := t.claims[IssuedAtKey].(time.Time); return v }
func (t *stdToken) Issuer() string                        { v, _ := t.claims[IssuerKey].(string); return v }
func (t *stdToken) JwtID() string                         { v, _ := t.claims[JwtIDKey].(string); return v }
func (t *stdToken) NotBefore() time.Time                  { v, _ := t.claims[NotBeforeKey].(time.Time); return v }
func (t *stdToken) Subject() string                       { v, _ := t.claims[SubjectKey].(string); return v }
func (t *stdToken) PrivateClaims() map[string]interface{} { return t.claims }
func (t *stdToken) Get(name string) (interface{}, bool)   { v, ok := t.claims[name]; return v, ok }
func (t *stdToken) Set(name string, value interface{}) error {
	t.claims[name] = value
	return nil
}
func (t *stdToken) Remove(key string) error                   { delete(t.claims, key); return nil }
func (t *stdToken) Options() *TokenOptionSet                  { return &t.options }
func (t *stdToken) Clone() (Token, error)                     { return t, nil }
func (t *stdToken) Iterate(ctx context.Context) Iterator      { return nil }
func (t *stdToken) Walk(ctx context.Context, v Visitor) error { return nil }
func (t *stdToken) AsMap(ctx context.Context) (map[string]interface{}, error) {
	return t.claims, nil
}
func (t *stdToken) DecodeCtx() DecodeCtx     { return t.dc }
func (t *stdToken) SetDecodeCtx(v DecodeCtx) { t.dc = v }

// Builder is a convenience wrapper around the New() constructor
// and the Set() methods to assign values to Token claims.
type Builder struct {
	claims []*ClaimPair
}

// NewBuilder creates a new Builder.
func NewBuilder() *Builder {
	return &Builder{}
}

// Claim sets a claim value.
func (b *Builder) Claim(name string, value interface{}) *Builder {
	b.claims = append(b.claims, &ClaimPair{Key: name, Value: value})
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
// so far. If a claim cannot be set, then the method returns a nil Token with
// a en error as a second return value
func (b *Builder) Build() (Token, error) {
	tok := New()
	for _, claim := range b.claims {
		if err := tok.Set(claim.Key.(string), claim.Value); err != nil {
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
