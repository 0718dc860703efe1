// Package oauth2 is a stub of github.com/jfcote87/oauth2@v0.2.3 for dslint's analysistest fixtures: it mirrors the
// real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package oauth2

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/jfcote87/ctxclient"
)

// NoContext is the default background context
var NoContext = context.Background()

// Config describes a typical 3-legged OAuth2 flow, with both the
// client application information and the server's endpoint URLs.
type Config struct {
	// ClientID is the application's ID.
	ClientID string

	// ClientSecret is the application's secret.
	ClientSecret string

	// Endpoint contains the resource server's token endpoint
	// URLs.
	Endpoint Endpoint

	// RedirectURL is the URL to redirect users going through
	// the OAuth flow, after the resource owner's URLs.
	RedirectURL string

	// Scope specifies optional requested permissions.
	Scopes []string

	// ExpiryDelta determines how many seconds sooner a token should
	// expire than the retrieved expires_in setting.
	ExpiryDelta int64

	// HTTPClientFunc may be set to determine the *http.Client
	// used for Exchange and Refresh calls.
	HTTPClientFunc ctxclient.Func
}

// Endpoint contains the OAuth 2.0 provider's authorization and token
// endpoint URLs.
type Endpoint struct {
	AuthURL  string
	TokenURL string
	// Set to true if server requires ClientID and Secret
	// in body rather than Basic Authentication.
	IDSecretInBody bool
}

var (
	// AccessTypeOnline and AccessTypeOffline are options passed
	// to the Options.AuthCodeURL method.
	AccessTypeOnline = SetAuthURLParam("access_type", "online")
	// AccessTypeOffline is used an application needs to refresh
	// access tokens when the user is not present.
	AccessTypeOffline = SetAuthURLParam("access_type", "offline")
	// ApprovalForce forces the users to view the consent dialog
	// and confirm the permissions request at the URL returned
	// from AuthCodeURL, even if they've already done so.
	ApprovalForce = SetAuthURLParam("prompt", "consent")
)

// An AuthCodeOption is passed to Config.AuthCodeURL.
type AuthCodeOption interface {
	setValue(url.Values)
}

type setParam struct{ k, v string }

func (p setParam) setValue(m url.Values) { m.Set(p.k, p.v) }

// SetAuthURLParam builds an AuthCodeOption which passes key/value parameters
// to a provider's authorization endpoint.
func SetAuthURLParam(key, value string) AuthCodeOption {
	return setParam{key, value}
}

// AuthCodeURL returns a URL to OAuth 2.0 provider's consent page
// that asks for permissions for the required scopes explicitly.
func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string {
	return c.Endpoint.AuthURL
}

// Exchange converts an authorization code into a token.
func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	return nil, nil
}

// RefreshToken retrieves a Token.
func (c *Config) RefreshToken(ctx context.Context, refreshToken string, opts ...AuthCodeOption) (*Token, error) {
	return nil, nil
}

// FromOptions returns a TokenSource that retrieves tokens using the parameters defined in opts.
func (c *Config) FromOptions(opts ...AuthCodeOption) TokenSource { return StaticTokenSource(nil) }

// TokenSource returns a TokenSource that returns t until t expires,
// automatically refreshing it as necessary.
func (c *Config) TokenSource(t *Token, opts ...AuthCodeOption) TokenSource {
	return StaticTokenSource(t)
}

// Client returns an HTTP client using the provided token.
func (c *Config) Client(t *Token) *http.Client {
	return Client(c.TokenSource(t), c.HTTPClientFunc)
}

// A TokenSource is anything that can return a token.
type TokenSource interface {
	// Token returns a token or an error.
	Token(context.Context) (*Token, error)
}

// StaticTokenSource returns a TokenSource that always returns the same token.
// Because the provided token t is never refreshed, StaticTokenSource is only
// useful for tokens that never expire.
func StaticTokenSource(t *Token) TokenSource {
	return staticTokenSource{t}
}

type staticTokenSource struct {
	t *Token
}

func (s staticTokenSource) Token(ctx context.Context) (*Token, error) { return s.t, nil }

// ReuseTokenSource returns a TokenSource which repeatedly returns the
// same token as long as it's valid, starting with t.
func ReuseTokenSource(t *Token, src TokenSource) TokenSource { return src }

// Client creates a client that sets an authorization header based on tokens
// created by the ctxtokensource ts.
func Client(ts TokenSource, f ctxclient.Func) *http.Client {
	return &http.Client{Transport: &Transport{Source: ts, Func: f}}
}

// Transport is an http.RoundTripper that makes OAuth 2.0 HTTP requests.
type Transport struct {
	// Source supplies the token to add to outgoing requests'
	// Authorization headers.
	Source TokenSource
	ctxclient.Func
}

// RoundTrip authorizes and authenticates the request with an access token.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) { panic("stub") }

// DefaultExpiryDelta determines the number of seconds a token should expire
// sooner than the delivered expiration time.
const DefaultExpiryDelta int64 = 10

// Token represents the crendentials used to authorize
// the requests to access protected resources on the OAuth 2.0
// provider's backend.
type Token struct {
	// AccessToken is the token that authorizes and authenticates
	// the requests.
	AccessToken string `json:"access_token"`

	// TokenType is the type of token.
	// The Type method returns either this or "Bearer", the default.
	TokenType string `json:"token_type,omitempty"`

	// RefreshToken is a token that's used by the application
	// (as opposed to the user) to refresh the access token
	// if it expires.
	RefreshToken string `json:"refresh_token,omitempty"`

	// Expiry is the optional expiration time of the access token.
	//
	// If zero, TokenSource implementations will reuse the same
	// token forever and RefreshToken or equivalent
	// mechanisms for that TokenSource will not be used.
	Expiry time.Time `json:"expiry,omitempty"`

	// raw optionally contains extra metadata from the server
	// when updating a token.
	raw interface{}
}

// Type returns t.TokenType if non-empty, else "Bearer".
func (t *Token) Type() string {
	if t.TokenType != "" {
		return t.TokenType
	}
	return "Bearer"
}

// SetAuthHeader sets the Authorization header to r using the access
// token in t.
func (t *Token) SetAuthHeader(r *http.Request) {
	r.Header.Set("Authorization", t.Type()+" "+t.AccessToken)
}

// WithExtra returns a new Token that's a clone of t, but using the
// provided raw extra map.
func (t *Token) WithExtra(extra interface{}) *Token {
	t2 := new(Token)
	*t2 = *t
	t2.raw = extra
	return t2
}

// Extra returns an extra field.
func (t *Token) Extra(key string) interface{} {
	if m, ok := t.raw.(map[string]interface{}); ok {
		return m[key]
	}
	return nil
}

// Valid reports whether t is non-nil, has an AccessToken, and is not expired.
func (t *Token) Valid() bool {
	return t != nil && t.AccessToken != "" && (t.Expiry.IsZero() || time.Now().Before(t.Expiry))
}

// TokenFromMap create a *Token from a map[string]interface{}.
func TokenFromMap(vals map[string]interface{}, expiryDelta time.Duration) (*Token, error) {
	return nil, nil
}
