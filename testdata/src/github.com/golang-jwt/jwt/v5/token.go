package jwt

import (
	"crypto"
	"crypto/rsa"
	"errors"
)

// Keyfunc will be used by the Parse methods as a callback function to supply
// the key for verification.
type Keyfunc func(*Token) (any, error)

// Token represents a JWT Token.  Different fields will be used depending on
// whether you're creating or parsing/verifying a token.
type Token struct {
	Raw       string         // Raw contains the raw token.  Populated when you [Parse] a token
	Method    SigningMethod  // Method is the signing method used or to be used
	Header    map[string]any // Header is the first segment of the token in decoded form
	Claims    Claims         // Claims is the second segment of the token in decoded form
	Signature []byte         // Signature is the third segment of the token in decoded form.  Populated when you [Parse] or sign a token
	Valid     bool           // Valid specifies if the token is valid.  Populated when you [Parse] a token
}

// TokenOption is a reserved type, which provides some forward compatibility,
// if we ever want to introduce token creation-related options.
type TokenOption func(*Token)

// New creates a new Token with the specified signing method and an empty map
// of claims.
func New(method SigningMethod, opts ...TokenOption) *Token {
	return NewWithClaims(method, MapClaims{}, opts...)
}

// NewWithClaims creates a new Token with the specified signing method and
// claims.
func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{
		Header: map[string]any{
			"typ": "JWT",
			"alg": method.Alg(),
		},
		Claims: claims,
		Method: method,
	}
}

// SignedString creates and returns a complete, signed JWT. The token is signed
// using the SigningMethod specified in the token.
func (t *Token) SignedString(key any) (string, error) { return "", nil }

// SigningString generates the signing string.
func (t *Token) SigningString() (string, error) { return "", nil }

// EncodeSegment encodes a JWT specific base64url encoding with padding
// stripped.
func (*Token) EncodeSegment(seg []byte) string { return "" }

// SigningMethod can be used add new methods for signing or verifying tokens.
type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error // Returns nil if signature is valid
	Sign(signingString string, key any) ([]byte, error)     // Returns signature or error
	Alg() string                                            // returns the alg identifier for this method (example: 'HS256')
}

// RegisterSigningMethod registers the "alg" name and a factory function for signing method.
func RegisterSigningMethod(alg string, f func() SigningMethod) {}

// GetSigningMethod retrieves a signing method from an "alg" string
func GetSigningMethod(alg string) (method SigningMethod) { return nil }

// GetAlgorithms returns a list of registered "alg" names
func GetAlgorithms() (algs []string) { return nil }

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
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }

// Sign implements token signing for the SigningMethod.
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

// SigningMethodRSAPSS implements the RSAPSS family of signing methods.
type SigningMethodRSAPSS struct {
	*SigningMethodRSA
	Options *rsa.PSSOptions
	// VerifyOptions is optional. If set overrides Options for rsa.VerifyPPS.
	VerifyOptions *rsa.PSSOptions
}

// Specific instances for RS/PS and company.
var (
	SigningMethodPS256 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{"PS256", crypto.SHA256}}
	SigningMethodPS384 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{"PS384", crypto.SHA384}}
	SigningMethodPS512 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{"PS512", crypto.SHA512}}
)

// Verify implements token verification for the SigningMethod.
func (m *SigningMethodRSAPSS) Verify(signingString string, sig []byte, key any) error { return nil }

// Sign implements token signing for the SigningMethod.
func (m *SigningMethodRSAPSS) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

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
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }

// Sign implements token signing for the SigningMethod.
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

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
func (m *SigningMethodECDSA) Verify(signingString string, sig []byte, key any) error { return nil }

// Sign implements token signing for the SigningMethod.
func (m *SigningMethodECDSA) Sign(signingString string, key any) ([]byte, error) { return nil, nil }
