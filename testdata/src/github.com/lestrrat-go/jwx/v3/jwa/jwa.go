// Package jwa is a stub of github.com/lestrrat-go/jwx/v3@v3.3.0 for dslint's analysistest fixtures: it mirrors the
// real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package jwa

// KeyAlgorithm is a workaround for jwk.Key being able to contain different
// types of algorithms in its `alg` field.
type KeyAlgorithm interface {
	String() string
	IsDeprecated() bool
}

// SignatureAlgorithm represents the various signature algorithms as described in https://tools.ietf.org/html/rfc7518#section-3.1
type SignatureAlgorithm struct {
	name        string
	deprecated  bool
	isSymmetric bool
}

func (s SignatureAlgorithm) String() string {
	return s.name
}

// IsDeprecated returns true if the SignatureAlgorithm object is deprecated.
func (s SignatureAlgorithm) IsDeprecated() bool {
	return s.deprecated
}

// IsSymmetric returns true if the SignatureAlgorithm object is symmetric.
func (s SignatureAlgorithm) IsSymmetric() bool {
	return s.isSymmetric
}

// EmptySignatureAlgorithm returns an empty SignatureAlgorithm object, used as a zero value.
func EmptySignatureAlgorithm() SignatureAlgorithm {
	return SignatureAlgorithm{}
}

// LookupSignatureAlgorithm returns the SignatureAlgorithm object for the given name.
func LookupSignatureAlgorithm(name string) (SignatureAlgorithm, bool) {
	return SignatureAlgorithm{name: name}, true
}

// ES256 returns an object representing ECDSA signature algorithm using P-256 curve and SHA-256.
func ES256() SignatureAlgorithm { return SignatureAlgorithm{name: "ES256"} }

// ES384 returns an object representing ECDSA signature algorithm using P-384 curve and SHA-384.
func ES384() SignatureAlgorithm { return SignatureAlgorithm{name: "ES384"} }

// ES512 returns an object representing ECDSA signature algorithm using P-521 curve and SHA-512.
func ES512() SignatureAlgorithm { return SignatureAlgorithm{name: "ES512"} }

// EdDSA returns an object representing EdDSA signature algorithms.
func EdDSA() SignatureAlgorithm { return SignatureAlgorithm{name: "EdDSA"} }

// HS256 returns an object representing HMAC signature algorithm using SHA-256.
func HS256() SignatureAlgorithm { return SignatureAlgorithm{name: "HS256", isSymmetric: true} }

// HS384 returns an object representing HMAC signature algorithm using SHA-384.
func HS384() SignatureAlgorithm { return SignatureAlgorithm{name: "HS384", isSymmetric: true} }

// HS512 returns an object representing HMAC signature algorithm using SHA-512.
func HS512() SignatureAlgorithm { return SignatureAlgorithm{name: "HS512", isSymmetric: true} }

// NoSignature returns an object representing the lack of a signature algorithm.
func NoSignature() SignatureAlgorithm { return SignatureAlgorithm{name: "none"} }

// PS256 returns an object representing RSASSA-PSS signature algorithm using SHA-256 and MGF1-SHA256.
func PS256() SignatureAlgorithm { return SignatureAlgorithm{name: "PS256"} }

// PS384 returns an object representing RSASSA-PSS signature algorithm using SHA-384 and MGF1-SHA384.
func PS384() SignatureAlgorithm { return SignatureAlgorithm{name: "PS384"} }

// PS512 returns an object representing RSASSA-PSS signature algorithm using SHA-512 and MGF1-SHA512.
func PS512() SignatureAlgorithm { return SignatureAlgorithm{name: "PS512"} }

// RS256 returns an object representing RSASSA-PKCS-v1.5 signature algorithm using SHA-256.
func RS256() SignatureAlgorithm { return SignatureAlgorithm{name: "RS256"} }

// RS384 returns an object representing RSASSA-PKCS-v1.5 signature algorithm using SHA-384.
func RS384() SignatureAlgorithm { return SignatureAlgorithm{name: "RS384"} }

// RS512 returns an object representing RSASSA-PKCS-v1.5 signature algorithm using SHA-512.
func RS512() SignatureAlgorithm { return SignatureAlgorithm{name: "RS512"} }
