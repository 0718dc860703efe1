// Package jwt is a stub of github.com/go-jose/go-jose/v4@v4.1.8 (package jwt) for dslint's analysistest fixtures: it
// mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package jwt

import (
	"errors"
	"time"

	"github.com/go-jose/go-jose/v4"
)

// Claims represents public claim values (as specified in RFC 7519).
type Claims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Expiry    *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// NumericDate represents date and time as the number of seconds since the
// epoch, ignoring leap seconds. Non-integer values can be represented
// in the serialized format, but we round to the nearest second.
// See RFC7519 Section 2: https://tools.ietf.org/html/rfc7519#section-2
type NumericDate int64

// NewNumericDate constructs NumericDate from time.Time value.
func NewNumericDate(t time.Time) *NumericDate {
	if t.IsZero() {
		return nil
	}
	out := NumericDate(t.Unix())
	return &out
}

// MarshalJSON serializes the given NumericDate into its JSON representation.
func (n NumericDate) MarshalJSON() ([]byte, error) { return nil, nil }

// UnmarshalJSON reads a date from its JSON representation.
func (n *NumericDate) UnmarshalJSON(b []byte) error { return nil }

// Time returns time.Time representation of NumericDate.
func (n *NumericDate) Time() time.Time {
	if n == nil {
		return time.Time{}
	}
	return time.Unix(int64(*n), 0)
}

// Audience represents the recipients that the token is intended for.
type Audience []string

// UnmarshalJSON reads an audience from its JSON representation.
func (s *Audience) UnmarshalJSON(b []byte) error { return nil }

// MarshalJSON converts audience to json representation.
func (s Audience) MarshalJSON() ([]byte, error) { return nil, nil }

// Contains checks whether a given string is included in the Audience
func (s Audience) Contains(v string) bool {
	for _, a := range s {
		if a == v {
			return true
		}
	}
	return false
}

const (
	// DefaultLeeway defines the default leeway for matching NotBefore/Expiry claims.
	DefaultLeeway = 1.0 * time.Minute
)

// Expected defines values used for protected claims validation.
// If field has zero value then validation is skipped, with the exception of
// Time, where the zero value means "now."
type Expected struct {
	// Issuer matches the "iss" claim exactly.
	Issuer string
	// Subject matches the "sub" claim exactly.
	Subject string
	// AnyAudience matches if there is a non-empty intersection between
	// its values and the values in the "aud" claim.
	AnyAudience Audience
	// ID matches the "jti" claim exactly.
	ID string
	// Time matches the "exp", "nbf" and "iat" claims with leeway.
	Time time.Time
}

// WithTime copies expectations with new time.
func (e Expected) WithTime(t time.Time) Expected {
	e.Time = t
	return e
}

// Validate checks claims in a token against expected values.
func (c Claims) Validate(e Expected) error {
	return c.ValidateWithLeeway(e, DefaultLeeway)
}

// ValidateWithLeeway checks claims in a token against expected values.
func (c Claims) ValidateWithLeeway(e Expected, leeway time.Duration) error { return nil }

// Validation errors.
var (
	ErrExpired           = errors.New("go-jose/go-jose/jwt: validation failed, token is expired (exp)")
	ErrInvalidAudience   = errors.New("go-jose/go-jose/jwt: validation failed, invalid audience claim (aud)")
	ErrInvalidClaims     = errors.New("go-jose/go-jose/jwt: expected claims to be value convertible into JSON object")
	ErrInvalidIssuer     = errors.New("go-jose/go-jose/jwt: validation failed, invalid issuer claim (iss)")
	ErrInvalidSubject    = errors.New("go-jose/go-jose/jwt: validation failed, invalid subject claim (sub)")
	ErrIssuedInTheFuture = errors.New("go-jose/go-jose/jwt: validation failed, token issued in the future (iat)")
	ErrNotValidYet       = errors.New("go-jose/go-jose/jwt: validation failed, token not valid yet (nbf)")
)

// JSONWebToken represents a JSON Web Token (as specified in RFC7519).
type JSONWebToken struct {
	payload           func(k interface{}) ([]byte, error)
	unverifiedPayload func() []byte
	Headers           []jose.Header
}

// Claims deserializes a JSONWebToken into dest using the provided key.
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { return nil }

// UnsafeClaimsWithoutVerification deserializes the claims of a
// JSONWebToken into the dests. For signed JWTs, the claims are not verified.
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error { return nil }

// ParseSigned parses token from JWS form.
func ParseSigned(s string, signatureAlgorithms []jose.SignatureAlgorithm) (*JSONWebToken, error) {
	return &JSONWebToken{}, nil
}

// Builder is a utility for making JSON Web Tokens. Calls can be chained, and
// errors are accumulated until the final call to Serialize.
type Builder interface {
	// Claims encodes claims into JWE/JWS form. Multiple calls will merge claims
	// into single JSON object. If you are passing private claims, make sure to set
	// struct field tags to specify the name for the JSON key to be used when
	// serializing.
	Claims(i interface{}) Builder
	// Token builds a JSONWebToken from provided data.
	Token() (*JSONWebToken, error)
	// Serialize serializes a token.
	Serialize() (string, error)
}

type builder struct {
	payload map[string]interface{}
	err     error
}

type signedBuilder struct {
	builder
	sig jose.Signer
}

// Signed creates builder for signed tokens.
func Signed(sig jose.Signer) Builder {
	return &signedBuilder{
		sig: sig,
	}
}

func (b *signedBuilder) Claims(i interface{}) Builder { return b }

func (b *signedBuilder) Token() (*JSONWebToken, error) { return &JSONWebToken{}, nil }

func (b *signedBuilder) Serialize() (string, error) { return "", nil }
