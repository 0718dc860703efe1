// Package jwt is a stub of github.com/dgrijalva/jwt-go@v3.2.0+incompatible for dslint's analysistest fixtures: it
// mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
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

// TimeFunc provides the current time when parsing token to validate "exp" claim (expiration time).
var TimeFunc = time.Now

// StandardClaims are a structured version of the Claims Section, as referenced at
// https://tools.ietf.org/html/rfc7519#section-4.1
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

// VerifyExpiresAt compares the exp claim against cmp.
func (c *StandardClaims) VerifyExpiresAt(cmp int64, req bool) bool { return true }

// VerifyIssuedAt compares the iat claim against cmp.
func (c *StandardClaims) VerifyIssuedAt(cmp int64, req bool) bool { return true }

// VerifyIssuer compares the iss claim against cmp.
func (c *StandardClaims) VerifyIssuer(cmp string, req bool) bool { return true }

// VerifyNotBefore compares the nbf claim against cmp.
func (c *StandardClaims) VerifyNotBefore(cmp int64, req bool) bool { return true }

// MapClaims is a claims type that uses the map[string]interface{} for JSON decoding.
// This is the default claims type if you don't supply one
type MapClaims map[string]interface{}

// VerifyAudience compares the aud claim against cmp.
func (m MapClaims) VerifyAudience(cmp string, req bool) bool { return true }

// VerifyExpiresAt compares the exp claim against cmp.
func (m MapClaims) VerifyExpiresAt(cmp int64, req bool) bool { return true }

// VerifyIssuedAt compares the iat claim against cmp.
func (m MapClaims) VerifyIssuedAt(cmp int64, req bool) bool { return true }

// VerifyIssuer compares the iss claim against cmp.
func (m MapClaims) VerifyIssuer(cmp string, req bool) bool { return true }

// VerifyNotBefore compares the nbf claim against cmp.
func (m MapClaims) VerifyNotBefore(cmp int64, req bool) bool { return true }

// Valid validates time based claims "exp, iat, nbf".
func (m MapClaims) Valid() error { return nil }

// Error constants
var (
	ErrInvalidKey      = errors.New("key is invalid")
	ErrInvalidKeyType  = errors.New("key is of invalid type")
	ErrHashUnavailable = errors.New("the requested hash function is unavailable")
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

// ValidationError is the error from Parse if token is not valid
type ValidationError struct {
	Inner  error  // stores the error returned by external dependencies, i.e.: KeyFunc
	Errors uint32 // bitfield.  see ValidationError... constants
	text   string // errors that do not have a valid error just have text
}

// Error is the implementation of the err interface.
func (e ValidationError) Error() string { return e.text }
