// Package jwt is a stub of github.com/golang-jwt/jwt/v4@v4.5.2 for dslint's analysistest fixtures: it mirrors the real
// exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package jwt

import (
	"errors"
	"time"
)

// Claims must just have a Valid method that determines
// if the token is invalid for any supported reason
type Claims interface {
	Valid() error
}

// TimePrecision sets the precision of times and dates within this library.
var TimePrecision = time.Second

// MarshalSingleStringAsArray modifies the behaviour of the ClaimStrings type,
// especially its MarshalJSON function.
var MarshalSingleStringAsArray = true

// TimeFunc provides the current time when parsing token to validate "exp" claim (expiration time).
var TimeFunc = time.Now

// NumericDate represents a JSON numeric date value, as referenced at
// https://datatracker.ietf.org/doc/html/rfc7519#section-2.
type NumericDate struct {
	time.Time
}

// NewNumericDate constructs a new *NumericDate from a standard library time.Time struct.
// It will truncate the timestamp according to the precision specified in TimePrecision.
func NewNumericDate(t time.Time) *NumericDate {
	return &NumericDate{t.Truncate(TimePrecision)}
}

// MarshalJSON is an implementation of the json.RawMessage interface and serializes the UNIX epoch
// represented in NumericDate to a byte array, using the precision specified in TimePrecision.
func (date NumericDate) MarshalJSON() (b []byte, err error) { return nil, nil }

// UnmarshalJSON is an implementation of the json.RawMessage interface and deserializses a
// NumericDate from a JSON representation, i.e. a json.Number.
func (date *NumericDate) UnmarshalJSON(b []byte) (err error) { return nil }

// ClaimStrings is basically just a slice of strings, but it can be either serialized from a string array or just a string.
// This type is necessary, since the "aud" claim can either be a single string or an array.
type ClaimStrings []string

// UnmarshalJSON implements json.Unmarshaler.
func (s *ClaimStrings) UnmarshalJSON(data []byte) (err error) { return nil }

// MarshalJSON implements json.Marshaler.
func (s ClaimStrings) MarshalJSON() (b []byte, err error) { return nil, nil }

// RegisteredClaims are a structured version of the JWT Claims Set,
// restricted to Registered Claim Names, as referenced at
// https://datatracker.ietf.org/doc/html/rfc7519#section-4.1
type RegisteredClaims struct {
	// the `iss` (Issuer) claim. See https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.1
	Issuer string `json:"iss,omitempty"`

	// the `sub` (Subject) claim. See https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.2
	Subject string `json:"sub,omitempty"`

	// the `aud` (Audience) claim. See https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.3
	Audience ClaimStrings `json:"aud,omitempty"`

	// the `exp` (Expiration Time) claim. See https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.4
	ExpiresAt *NumericDate `json:"exp,omitempty"`

	// the `nbf` (Not Before) claim. See https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.5
	NotBefore *NumericDate `json:"nbf,omitempty"`

	// the `iat` (Issued At) claim. See https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.6
	IssuedAt *NumericDate `json:"iat,omitempty"`

	// the `jti` (JWT ID) claim. See https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.7
	ID string `json:"jti,omitempty"`
}

// Valid validates time based claims "exp, iat, nbf".
func (c RegisteredClaims) Valid() error { return nil }

// VerifyAudience compares the aud claim against cmp.
func (c *RegisteredClaims) VerifyAudience(cmp string, req bool) bool { return true }

// VerifyExpiresAt compares the exp claim against cmp (cmp < exp).
func (c *RegisteredClaims) VerifyExpiresAt(cmp time.Time, req bool) bool { return true }

// VerifyIssuedAt compares the iat claim against cmp (cmp >= iat).
func (c *RegisteredClaims) VerifyIssuedAt(cmp time.Time, req bool) bool { return true }

// VerifyNotBefore compares the nbf claim against cmp (cmp >= nbf).
func (c *RegisteredClaims) VerifyNotBefore(cmp time.Time, req bool) bool { return true }

// VerifyIssuer compares the iss claim against cmp.
func (c *RegisteredClaims) VerifyIssuer(cmp string, req bool) bool { return true }

// StandardClaims are a structured version of the JWT Claims Set, as referenced at
// https://datatracker.ietf.org/doc/html/rfc7519#section-4. They do not follow the
// specification exactly, since they were based on an earlier draft of the
// specification and not updated.
//
// Deprecated: Use RegisteredClaims instead for a forward-compatible way to access registered claims in a struct.
type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

// Valid validates time based claims "exp, iat, nbf".
func (c StandardClaims) Valid() error { return nil }

// VerifyAudience compares the aud claim against cmp.
func (c *StandardClaims) VerifyAudience(cmp string, req bool) bool { return true }

// VerifyExpiresAt compares the exp claim against cmp (cmp < exp).
func (c *StandardClaims) VerifyExpiresAt(cmp int64, req bool) bool { return true }

// VerifyIssuedAt compares the iat claim against cmp (cmp >= iat).
func (c *StandardClaims) VerifyIssuedAt(cmp int64, req bool) bool { return true }

// VerifyNotBefore compares the nbf claim against cmp (cmp >= nbf).
func (c *StandardClaims) VerifyNotBefore(cmp int64, req bool) bool { return true }

// VerifyIssuer compares the iss claim against cmp.
func (c *StandardClaims) VerifyIssuer(cmp string, req bool) bool { return true }

// MapClaims is a claims type that uses the map[string]interface{} for JSON decoding.
// This is the default claims type if you don't supply one
type MapClaims map[string]interface{}

// VerifyAudience Compares the aud claim against cmp.
func (m MapClaims) VerifyAudience(cmp string, req bool) bool { return true }

// VerifyExpiresAt compares the exp claim against cmp (cmp <= exp).
func (m MapClaims) VerifyExpiresAt(cmp int64, req bool) bool { return true }

// VerifyIssuedAt compares the exp claim against cmp (cmp >= iat).
func (m MapClaims) VerifyIssuedAt(cmp int64, req bool) bool { return true }

// VerifyNotBefore compares the nbf claim against cmp (cmp >= nbf).
func (m MapClaims) VerifyNotBefore(cmp int64, req bool) bool { return true }

// VerifyIssuer compares the iss claim against cmp.
func (m MapClaims) VerifyIssuer(cmp string, req bool) bool { return true }

// Valid validates time based claims "exp, iat, nbf".
func (m MapClaims) Valid() error { return nil }

// Error constants
var (
	ErrInvalidKey      = errors.New("key is invalid")
	ErrInvalidKeyType  = errors.New("key is of invalid type")
	ErrHashUnavailable = errors.New("the requested hash function is unavailable")

	ErrTokenMalformed        = errors.New("token is malformed")
	ErrTokenUnverifiable     = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")

	ErrTokenInvalidAudience  = errors.New("token has invalid audience")
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenUsedBeforeIssued = errors.New("token used before issued")
	ErrTokenInvalidIssuer    = errors.New("token has invalid issuer")
	ErrTokenNotValidYet      = errors.New("token is not valid yet")
	ErrTokenInvalidId        = errors.New("token has invalid id")
	ErrTokenInvalidClaims    = errors.New("token has invalid claims")
)

// The errors that might occur when parsing and validating a token
const (
	ValidationErrorMalformed        uint32 = 1 << iota // Token is malformed
	ValidationErrorUnverifiable                        // Token could not be verified because of signing problems
	ValidationErrorSignatureInvalid                    // Signature validation failed

	// Standard Claim validation errors
	ValidationErrorAudience      // AUD validation failed
	ValidationErrorExpired       // EXP validation failed
	ValidationErrorIssuedAt      // IAT validation failed
	ValidationErrorIssuer        // ISS validation failed
	ValidationErrorNotValidYet   // NBF validation failed
	ValidationErrorId            // JTI validation failed
	ValidationErrorClaimsInvalid // Generic claims validation error
)

// NewValidationError is a helper for constructing a ValidationError with a string error message
func NewValidationError(errorText string, errorFlags uint32) *ValidationError {
	return &ValidationError{text: errorText, Errors: errorFlags}
}

// ValidationError represents an error from Parse if token is not valid
type ValidationError struct {
	Inner  error  // stores the error returned by external dependencies, i.e.: KeyFunc
	Errors uint32 // bitfield.  see ValidationError... constants
	text   string // errors that do not have a valid error just have text
}

// Error is the implementation of the err interface.
func (e ValidationError) Error() string { return e.text }

// Unwrap gives errors.Is and errors.As access to the inner error.
func (e *ValidationError) Unwrap() error { return e.Inner }

// Is checks if this ValidationError is of the supplied error.
func (e *ValidationError) Is(err error) bool { return false }
