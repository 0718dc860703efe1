package jwt

import (
	"crypto/rsa"
	"errors"
	"time"
)

// Parser is used to parse, validate and verify JWTs.
type Parser struct {
	// If populated, only these methods will be considered valid.
	validMethods []string

	// Use JSON Number format in JSON decoder.
	useJSONNumber bool

	// Skip claims validation during token parsing.
	skipClaimsValidation bool

	validator *Validator

	decodeStrict bool

	decodePaddingAllowed bool
}

// NewParser creates a new Parser with the specified options
func NewParser(options ...ParserOption) *Parser {
	p := &Parser{validator: &Validator{}}
	for _, option := range options {
		option(p)
	}
	return p
}

// Parse parses, validates, verifies the signature and returns the parsed token.
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return p.ParseWithClaims(tokenString, MapClaims{}, keyFunc)
}

// ParseWithClaims parses, validates, and verifies like Parse, but supplies a
// default object implementing the Claims interface.
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

// ParseUnverified parses the token but doesn't validate the signature.
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

// DecodeSegment decodes a JWT specific base64url encoding.
func (p *Parser) DecodeSegment(seg string) ([]byte, error) { return nil, nil }

// Parse parses, validates, verifies the signature and returns the parsed token.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

// ParseWithClaims is a shortcut for NewParser().ParseWithClaims().
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

// ParserOption is used to implement functional-style options that modify the
// behavior of the parser.
type ParserOption func(*Parser)

// WithValidMethods is an option to supply algorithm methods that the parser
// will check.
func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.validMethods = methods }
}

// WithJSONNumber is an option to configure the underlying JSON parser with
// UseNumber.
func WithJSONNumber() ParserOption { return func(p *Parser) { p.useJSONNumber = true } }

// WithoutClaimsValidation is an option to disable claims validation.
func WithoutClaimsValidation() ParserOption {
	return func(p *Parser) { p.skipClaimsValidation = true }
}

// WithLeeway returns the ParserOption for specifying the leeway window.
func WithLeeway(leeway time.Duration) ParserOption { return func(p *Parser) {} }

// WithTimeFunc returns the ParserOption for specifying the time func.
func WithTimeFunc(f func() time.Time) ParserOption { return func(p *Parser) {} }

// WithIssuedAt returns the ParserOption to enable verification of issued-at.
func WithIssuedAt() ParserOption { return func(p *Parser) {} }

// WithExpirationRequired returns the ParserOption to make exp claim required.
func WithExpirationRequired() ParserOption { return func(p *Parser) {} }

// WithNotBeforeRequired returns the ParserOption to make nbf claim required.
func WithNotBeforeRequired() ParserOption { return func(p *Parser) {} }

// WithAudience configures the validator to require any of the specified
// audiences in the `aud` claim.
func WithAudience(aud ...string) ParserOption { return func(p *Parser) {} }

// WithAllAudiences configures the validator to require all the specified
// audiences in the `aud` claim.
func WithAllAudiences(aud ...string) ParserOption { return func(p *Parser) {} }

// WithIssuer configures the validator to require the specified issuer in the
// `iss` claim.
func WithIssuer(iss string) ParserOption { return func(p *Parser) {} }

// WithSubject configures the validator to require the specified subject in the
// `sub` claim.
func WithSubject(sub string) ParserOption { return func(p *Parser) {} }

// WithPaddingAllowed will enable the codec used for decoding JWTs to allow
// padding.
func WithPaddingAllowed() ParserOption { return func(p *Parser) { p.decodePaddingAllowed = true } }

// WithStrictDecoding will switch the codec used for decoding JWTs into strict
// mode.
func WithStrictDecoding() ParserOption { return func(p *Parser) { p.decodeStrict = true } }

// Validator is the core of the new Validation API.
type Validator struct {
	leeway time.Duration
}

// NewValidator can be used to create a stand-alone validator with the supplied
// options.
func NewValidator(opts ...ParserOption) *Validator { return NewParser(opts...).validator }

// Validate validates the given claims.
func (v *Validator) Validate(claims Claims) error { return nil }

// RSA key parsing errors.
var (
	ErrKeyMustBePEMEncoded = errors.New("invalid key: Key must be a PEM encoded PKCS1 or PKCS8 key")
	ErrNotRSAPrivateKey    = errors.New("key is not a valid RSA private key")
	ErrNotRSAPublicKey     = errors.New("key is not a valid RSA public key")
)

// ParseRSAPrivateKeyFromPEM parses a PEM encoded PKCS1 or PKCS8 private key
func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

// ParseRSAPrivateKeyFromPEMWithPassword parses a PEM encoded PKCS1 or PKCS8 private key protected with password
//
// Deprecated: This function is deprecated and should not be used anymore.
func ParseRSAPrivateKeyFromPEMWithPassword(key []byte, password string) (*rsa.PrivateKey, error) {
	return nil, nil
}

// ParseRSAPublicKeyFromPEM parses a certificate or a PEM encoded PKCS1 or PKIX public key
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }
