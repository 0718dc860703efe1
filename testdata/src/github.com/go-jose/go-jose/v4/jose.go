// Package jose is a stub of github.com/go-jose/go-jose/v4@v4.1.8 for dslint's analysistest fixtures: it mirrors the
// real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package jose

import (
	"crypto"
	"crypto/x509"
	"errors"
	"net/url"
)

// KeyAlgorithm represents a key management algorithm.
type KeyAlgorithm string

// SignatureAlgorithm represents a signature (or MAC) algorithm.
type SignatureAlgorithm string

// ContentEncryption represents a content encryption algorithm.
type ContentEncryption string

// CompressionAlgorithm represents an algorithm used for plaintext compression.
type CompressionAlgorithm string

// ContentType represents type of the contained data.
type ContentType string

// Signature algorithms
const (
	EdDSA   = SignatureAlgorithm("EdDSA")
	HS256   = SignatureAlgorithm("HS256")     // HMAC using SHA-256
	HS384   = SignatureAlgorithm("HS384")     // HMAC using SHA-384
	HS512   = SignatureAlgorithm("HS512")     // HMAC using SHA-512
	RS256   = SignatureAlgorithm("RS256")     // RSASSA-PKCS-v1.5 using SHA-256
	RS384   = SignatureAlgorithm("RS384")     // RSASSA-PKCS-v1.5 using SHA-384
	RS512   = SignatureAlgorithm("RS512")     // RSASSA-PKCS-v1.5 using SHA-512
	ES256   = SignatureAlgorithm("ES256")     // ECDSA using P-256 and SHA-256
	ES384   = SignatureAlgorithm("ES384")     // ECDSA using P-384 and SHA-384
	ES512   = SignatureAlgorithm("ES512")     // ECDSA using P-521 and SHA-512
	PS256   = SignatureAlgorithm("PS256")     // RSASSA-PSS using SHA256 and MGF1-SHA256
	PS384   = SignatureAlgorithm("PS384")     // RSASSA-PSS using SHA384 and MGF1-SHA384
	PS512   = SignatureAlgorithm("PS512")     // RSASSA-PSS using SHA512 and MGF1-SHA512
	MLDSA44 = SignatureAlgorithm("ML-DSA-44") // ML-DSA-44 (FIPS 204, RFC 9964), requires Go 1.27 or later
	MLDSA65 = SignatureAlgorithm("ML-DSA-65") // ML-DSA-65 (FIPS 204, RFC 9964), requires Go 1.27 or later
	MLDSA87 = SignatureAlgorithm("ML-DSA-87") // ML-DSA-87 (FIPS 204, RFC 9964), requires Go 1.27 or later
)

// A key in the protected header of a JWS object. Use of the Header...
// constants is preferred to enhance type safety.
type HeaderKey string

// Header keys.
const (
	HeaderType        = "typ" // string
	HeaderContentType = "cty" // string
)

// Errors.
var (
	ErrCryptoFailure        = errors.New("go-jose/go-jose: error in cryptographic primitive")
	ErrUnsupportedAlgorithm = errors.New("go-jose/go-jose: unknown/unsupported algorithm")
	ErrUnsupportedKeyType   = errors.New("go-jose/go-jose: unsupported key type/format")
	ErrInvalidKeySize       = errors.New("go-jose/go-jose: invalid key size for algorithm")
	ErrNotSupported         = errors.New("go-jose/go-jose: compact serialization not supported for object")
)

// Header represents the read-only JOSE header for JWE/JWS objects.
type Header struct {
	KeyID      string
	JSONWebKey *JSONWebKey
	Algorithm  string
	Nonce      string

	// Unverified certificate chain parsed from x5c header.
	certificates []*x509.Certificate

	// At parse time, each header parameter with a name other than "kid",
	// "jwk", "alg", "nonce", or "x5c"  will have its value passed to
	// json.Unmarshal to unmarshal it into an interface value.
	ExtraHeaders map[HeaderKey]interface{}
}

// Certificates verifies & returns the certificate chain present
// in the x5c header field of a message, if one was present.
func (h Header) Certificates(opts x509.VerifyOptions) ([][]*x509.Certificate, error) {
	return nil, nil
}

// JSONWebKey represents a public or private key in JWK format.
type JSONWebKey struct {
	// Key is the Go in-memory representation of this key.
	Key interface{}
	// Key identifier, parsed from `kid` header.
	KeyID string
	// Key algorithm, parsed from `alg` header.
	Algorithm string
	// Key use, parsed from `use` header.
	Use string

	// X.509 certificate chain, parsed from `x5c` header.
	Certificates []*x509.Certificate
	// X.509 certificate URL, parsed from `x5u` header.
	CertificatesURL *url.URL
	// X.509 certificate thumbprint (SHA-1), parsed from `x5t` header.
	CertificateThumbprintSHA1 []byte
	// X.509 certificate thumbprint (SHA-256), parsed from `x5t#S256` header.
	CertificateThumbprintSHA256 []byte
}

// MarshalJSON serializes the given key to its JSON representation.
func (k JSONWebKey) MarshalJSON() ([]byte, error) { return nil, nil }

// UnmarshalJSON reads a key from its JSON representation.
func (k *JSONWebKey) UnmarshalJSON(data []byte) error { return nil }

// Thumbprint computes the JWK Thumbprint of a key using the indicated hash algorithm.
func (k *JSONWebKey) Thumbprint(hash crypto.Hash) ([]byte, error) { return nil, nil }

// IsPublic returns true if the JWK represents a public key (not symmetric, not private).
func (k *JSONWebKey) IsPublic() bool { return false }

// Public creates JSONWebKey with corresponding public key if JWK represents asymmetric private key.
func (k *JSONWebKey) Public() JSONWebKey { return JSONWebKey{} }

// Valid checks that the key contains the expected parameters.
func (k *JSONWebKey) Valid() bool { return k != nil && k.Key != nil }

// JSONWebKeySet represents a JWK Set object.
type JSONWebKeySet struct {
	Keys []JSONWebKey `json:"keys"`
}

// Key convenience method returns keys by key ID.
func (s *JSONWebKeySet) Key(kid string) []JSONWebKey { return nil }
