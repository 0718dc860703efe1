package jwt

import (
	"crypto"
	"crypto/rsa"
	"errors"
)

// Keyfunc will be used by the Parse methods as a callback function to supply
// the key for verification.
type Keyfunc func(*Token) (interface{}, error)

// Token represents a JWT Token.  Different fields will be used depending on whether you're
// creating or parsing/verifying a token.
type Token struct {
	Raw       string                 // The raw token.  Populated when you Parse a token
	Method    SigningMethod          // The signing method used or to be used
	Header    map[string]interface{} // The first segment of the token
	Claims    Claims                 // The second segment of the token
	Signature string                 // The third segment of the token.  Populated when you Parse a token
	Valid     bool                   // Is the token valid?  Populated when you Parse/Verify a token
}

// New creates a new Token with the specified signing method and an empty map of claims.
func New(method SigningMethod) *Token {
	return NewWithClaims(method, MapClaims{})
}

// NewWithClaims creates a new Token with the specified signing method and claims.
func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{
		Header: map[string]interface{}{
			"typ": "JWT",
			"alg": method.Alg(),
		},
		Claims: claims,
		Method: method,
	}
}

// SignedString creates and returns a complete, signed JWT.
// The token is signed using the SigningMethod specified in the token.
func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

// SigningString generates the signing string.
func (t *Token) SigningString() (string, error) { return "", nil }

// Parse parses, validates, verifies the signature and returns the parsed token.
func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return new(Parser).Parse(tokenString, keyFunc)
}

// ParseWithClaims parses, validates, and verifies like Parse, but supplies a default object implementing the Claims interface.
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return new(Parser).ParseWithClaims(tokenString, claims, keyFunc)
}

// EncodeSegment encodes a JWT specific base64url encoding with padding stripped
func EncodeSegment(seg []byte) string { return "" }

// DecodeSegment decodes a JWT specific base64url encoding with padding stripped
func DecodeSegment(seg string) ([]byte, error) { return nil, nil }

// SigningMethod can be used add new methods for signing or verifying tokens.
type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error // Returns nil if signature is valid
	Sign(signingString string, key interface{}) (string, error)    // Returns encoded signature or error
	Alg() string                                                   // returns the alg identifier for this method (example: 'HS256')
}

// RegisterSigningMethod registers the "alg" name and a factory function for signing method.
func RegisterSigningMethod(alg string, f func() SigningMethod) {}

// GetSigningMethod retrieves a signing method from an "alg" string
func GetSigningMethod(alg string) (method SigningMethod) { return nil }

// SigningMethodRSA implements the RSA family of signing methods.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

// Specific instances for RS256 and company
var (
	SigningMethodRS256 = &SigningMethodRSA{"RS256", crypto.SHA256}
	SigningMethodRS384 = &SigningMethodRSA{"RS384", crypto.SHA384}
	SigningMethodRS512 = &SigningMethodRSA{"RS512", crypto.SHA512}
)

// Alg returns the alg identifier.
func (m *SigningMethodRSA) Alg() string { return m.Name }

// Verify implements token verification for the SigningMethod.
func (m *SigningMethodRSA) Verify(signingString, signature string, key interface{}) error { return nil }

// Sign implements token signing for the SigningMethod.
func (m *SigningMethodRSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// SigningMethodRSAPSS implements the RSAPSS family of signing methods.
type SigningMethodRSAPSS struct {
	*SigningMethodRSA
	Options *rsa.PSSOptions
}

// Specific instances for RS/PS and company.
var (
	SigningMethodPS256 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{"PS256", crypto.SHA256}}
	SigningMethodPS384 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{"PS384", crypto.SHA384}}
	SigningMethodPS512 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{"PS512", crypto.SHA512}}
)

// Verify implements token verification for the SigningMethod.
func (m *SigningMethodRSAPSS) Verify(signingString, signature string, key interface{}) error {
	return nil
}

// Sign implements token signing for the SigningMethod.
func (m *SigningMethodRSAPSS) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// SigningMethodHMAC implements the HMAC-SHA family of signing methods.
type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

// Specific instances for HS256 and company
var (
	SigningMethodHS256  = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384  = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512  = &SigningMethodHMAC{"HS512", crypto.SHA512}
	ErrSignatureInvalid = errors.New("signature is invalid")
)

// Alg returns the alg identifier.
func (m *SigningMethodHMAC) Alg() string { return m.Name }

// Verify implements token verification for the SigningMethod.
func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	return nil
}

// Sign implements token signing for the SigningMethod.
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// SigningMethodECDSA implements the ECDSA family of signing methods.
type SigningMethodECDSA struct {
	Name      string
	Hash      crypto.Hash
	KeySize   int
	CurveBits int
}

// Specific instances for EC256 and company
var (
	SigningMethodES256 = &SigningMethodECDSA{"ES256", crypto.SHA256, 32, 256}
	SigningMethodES384 = &SigningMethodECDSA{"ES384", crypto.SHA384, 48, 384}
	SigningMethodES512 = &SigningMethodECDSA{"ES512", crypto.SHA512, 66, 521}
)

// Alg returns the alg identifier.
func (m *SigningMethodECDSA) Alg() string { return m.Name }

// Verify implements token verification for the SigningMethod.
func (m *SigningMethodECDSA) Verify(signingString, signature string, key interface{}) error {
	return nil
}

// Sign implements token signing for the SigningMethod.
func (m *SigningMethodECDSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}
