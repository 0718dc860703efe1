package jwt

import (
	"context"
	"io"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/option"
)

// ParseString calls Parse against a string
func ParseString(s string, options ...ParseOption) (Token, error) {
	return Parse([]byte(s), options...)
}

// Parse parses the JWT token payload and creates a new `jwt.Token` object.
func Parse(s []byte, options ...ParseOption) (Token, error) { return New(), nil }

// ParseInsecure is exactly the same as Parse(), but it disables
// signature verification and token validation.
func ParseInsecure(s []byte, options ...ParseOption) (Token, error) { return New(), nil }

// ParseReader calls Parse against an io.Reader
func ParseReader(src io.Reader, options ...ParseOption) (Token, error) { return New(), nil }

// Sign is a convenience function to create a signed JWT token serialized in
// compact form.
func Sign(t Token, options ...SignOption) ([]byte, error) { return nil, nil }

// Validate makes sure that the essential claims stand.
func Validate(t Token, options ...ValidateOption) error { return nil }

// Equal compares two JWT tokens.
func Equal(t1, t2 Token) bool { return t1 == t2 }

// Clock is an interface that provides the current time.
type Clock interface {
	Now() time.Time
}

// ClockFunc is a Clock based on a function.
type ClockFunc func() time.Time

// Now returns f().
func (f ClockFunc) Now() time.Time {
	return f()
}

// Option is the base option type.
type Option = option.Interface

// ParseOption describes an Option that can be passed to `jwt.Parse()`.
type ParseOption interface {
	Option
	parseOption()
	readFileOption()
}

type parseOption struct {
	Option
}

func (*parseOption) parseOption() {}

func (*parseOption) readFileOption() {}

// SignEncryptParseOption describes an Option that can be passed to both `jwt.Sign()` or
// `jwt.Parse()`
type SignEncryptParseOption interface {
	Option
	parseOption()
	encryptOption()
	readFileOption()
	signOption()
}

type signEncryptParseOption struct {
	Option
}

func (*signEncryptParseOption) parseOption() {}

func (*signEncryptParseOption) encryptOption() {}

func (*signEncryptParseOption) readFileOption() {}

func (*signEncryptParseOption) signOption() {}

// SignOption describes an Option that can be passed to `jwt.Sign()` or
// (jwt.Serializer).Sign
type SignOption interface {
	Option
	signOption()
}

type signOption struct {
	Option
}

func (*signOption) signOption() {}

// ValidateOption describes an Option that can be passed to Validate().
type ValidateOption interface {
	Option
	parseOption()
	readFileOption()
	validateOption()
}

type validateOption struct {
	Option
}

func (*validateOption) parseOption() {}

func (*validateOption) readFileOption() {}

func (*validateOption) validateOption() {}

type identKey struct{}
type identInsecureNoSignature struct{}
type identValidate struct{}
type identVerify struct{}
type identAcceptableSkew struct{}
type identClock struct{}
type identContext struct{}
type identValidator struct{}

type withKey struct {
	alg     jwa.KeyAlgorithm
	key     interface{}
	options []Option
}

// WithKey is a multipurpose option. It can be used for either jwt.Sign, jwt.Parse (and
// its siblings), and jwt.Serializer methods.
func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...Option) SignEncryptParseOption {
	return &signEncryptParseOption{option.New(identKey{}, &withKey{
		alg:     alg,
		key:     key,
		options: suboptions,
	})}
}

// WithInsecureNoSignature creates an option that allows the user to use the
// "none" signature algorithm.
func WithInsecureNoSignature() SignOption {
	return &signOption{option.New(identInsecureNoSignature{}, nil)}
}

// WithIssuer specifies that expected issuer value.
func WithIssuer(s string) ValidateOption { return &validateOption{option.New(identValidator{}, s)} }

// WithSubject specifies that expected subject value.
func WithSubject(s string) ValidateOption { return &validateOption{option.New(identValidator{}, s)} }

// WithJwtID specifies that expected jti value.
func WithJwtID(s string) ValidateOption { return &validateOption{option.New(identValidator{}, s)} }

// WithAudience specifies that expected audience value.
func WithAudience(s string) ValidateOption { return &validateOption{option.New(identValidator{}, s)} }

// WithClaimValue specifies the expected value for a given claim
func WithClaimValue(name string, v interface{}) ValidateOption {
	return &validateOption{option.New(identValidator{}, v)}
}

// WithRequiredClaim specifies that the claim identified the given name
// must exist in the token.
func WithRequiredClaim(name string) ValidateOption {
	return &validateOption{option.New(identValidator{}, name)}
}

// WithMaxDelta specifies that given two claims `c1` and `c2` that represent time, the difference in
// time.Duration must be less than equal to the value specified by `d`.
func WithMaxDelta(dur time.Duration, c1, c2 string) ValidateOption {
	return &validateOption{option.New(identValidator{}, dur)}
}

// WithMinDelta is almost exactly the same as WithMaxDelta, but force validation to fail if
// the difference between time claims are less than dur.
func WithMinDelta(dur time.Duration, c1, c2 string) ValidateOption {
	return &validateOption{option.New(identValidator{}, dur)}
}

// WithAcceptableSkew specifies the duration in which exp and nbf
// claims may differ by.
func WithAcceptableSkew(v time.Duration) ValidateOption {
	return &validateOption{option.New(identAcceptableSkew{}, v)}
}

// WithClock specifies the `Clock` to be used when verifying
// exp and nbf claims.
func WithClock(v Clock) ValidateOption {
	return &validateOption{option.New(identClock{}, v)}
}

// WithContext allows you to specify a context.Context object to be used
// with `jwt.Validate()` option.
func WithContext(v context.Context) ValidateOption {
	return &validateOption{option.New(identContext{}, v)}
}

// WithValidate is passed to `Parse()` method to denote that the
// validation of the JWT token should be performed (or not) after
// a successful parsing of the incoming payload.
func WithValidate(v bool) ParseOption {
	return &parseOption{option.New(identValidate{}, v)}
}

// WithVerify is passed to `Parse()` method to denote that the
// signature verification should be performed after a successful
// deserialization of the incoming payload.
func WithVerify(v bool) ParseOption {
	return &parseOption{option.New(identVerify{}, v)}
}
