// Package jws is a stub of github.com/jfcote87/oauth2@v0.2.3 (package jws) for dslint's analysistest fixtures: it
// mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package jws

import (
	"crypto/rsa"
	"time"
)

// ClaimSet contains information about the JWT signature including the
// permissions being requested (scopes), the target of the token, the issuer,
// the time the token was issued, and the lifetime of the token.
type ClaimSet struct {
	Issuer    string // iss: client_id of the application making the access token request
	Audience  string // aud: descriptor of the intended target of the assertion (Optional).
	ExpiresAt int64  // exp: the expiration time of the assertion (seconds since Unix epoch)
	IssuedAt  int64  // iat: the time the assertion was issued (seconds since Unix epoch)
	NotBefore int64  // nbf: the time before which the JWT MUST NOT be accepted for processing (Optional)
	ID        string // jti: The "jti" (JWT ID) claim provides a unique identifier for the JWT (Optional)
	Subject   string // sub: Email/UserID for which the application is requesting delegated access (Optional).

	// See https://tools.ietf.org/html/rfc7519#section-4.3
	// This array is marshalled using custom code (see (c *ClaimSet) MarshalJSON()).
	PrivateClaims map[string]interface{}
}

// SetExpirationClaims sets the IssuedAt (iat) and ExpiresAt (exp) claims
func (c *ClaimSet) SetExpirationClaims(startOffset, tokenDuration time.Duration) error { return nil }

// JWT creates a token using the signer
func (c *ClaimSet) JWT(signer Signer) (string, error) { return "", nil }

// MarshalJSON flattens json output of PrivateClaims
func (c *ClaimSet) MarshalJSON() ([]byte, error) { return nil, nil }

// UnmarshalJSON places extra keys into PrivateClaims
func (c *ClaimSet) UnmarshalJSON(b []byte) error { return nil }

// DecodePayload decodes a claim set from a JWT.
func DecodePayload(token string) (*ClaimSet, error) { return nil, nil }

// DecodeHeader decodes the header from a JWT into hdr
func DecodeHeader(token string, hdr interface{}) error { return nil }

// Signer provides a signature for a JWT as well as the Header
type Signer interface {
	Sign([]byte) ([]byte, error)
	Header() []byte
}

// Verifier is a funct that verifies the signature of a specific content
type Verifier func(signature, content []byte) error

// Verify tests whether the provided JWT token's signature is valid
func Verify(token string, v Verifier) error { return nil }

// ParseRSAKey converts the binary contents of a private key file to an *rsa.PrivateKey.
func ParseRSAKey(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

// RS256 creates a signer for the RS256 algorithm
func RS256(key *rsa.PrivateKey, keyID string) Signer { return nil }

// RS256FromPEM creates a signer that implements the RS256 algorithm for the encoded key in pemBytes.
func RS256FromPEM(pemBytes []byte, keyID string) (Signer, error) { return nil, nil }

// HS256 returns a signer implementing the HMAC with SHA-256 algorithm with the passed secret.
func HS256(secret []byte) Signer { return nil }

// RS256Verifier verifies the signature using PKCS1v15 using key
func RS256Verifier(key *rsa.PublicKey) Verifier { return nil }
