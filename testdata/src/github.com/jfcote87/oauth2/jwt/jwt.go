// Package jwt is a stub of github.com/jfcote87/oauth2@v0.2.3 (package jwt) for dslint's analysistest fixtures: it
// mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package jwt

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/jfcote87/ctxclient"
	"github.com/jfcote87/oauth2"
	"github.com/jfcote87/oauth2/jws"
)

// Config is the configuration for using JWT to fetch tokens,
// commonly known as "two-legged OAuth 2.0".
type Config struct {
	// Signer is the func used to sign the JWT header and payload
	Signer jws.Signer
	// Issuer is the OAuth client identifier used when communicating with
	// the configured OAuth provider.
	Issuer string `json:"email,omitempty"`
	// Subject is the optional user to impersonate.
	Subject string `json:"subject,omitempty"`
	// TokenURL is the endpoint required to complete the 2-legged JWT flow.
	TokenURL string `json:"token_url,omitempty"`
	// Audience fills the claimset's aud parameter.
	Audience string `json:"audience,omitempty"`
	// Scopes optionally specifies a list of requested permission scopes
	// which will be included as private claims named scopes in the
	// JWT claimset payload.
	Scopes []string `json:"scopes,omitempty"`
	// additional options for creating and sending claimset payload
	Options *ConfigOptions `json:"options,omitempty"`
	// HTTPClientFunc (Optional) specifies a function specifiying
	// the *http.Client used on Token calls to the oauth2
	// server.
	HTTPClientFunc ctxclient.Func `json:"-"`
}

// ConfigOptions provide additional (rarely used options for the config)
type ConfigOptions struct {
	// ExpiresIn specifies how many seconds the token should be valid.  A server
	// may ignore the requested duration.  Default to 3600 (1 hour) if not set.
	// Use the SetExpiresIn func to set.
	ExpiresIn *int64
	// IatOffset is the number of seconds subtracted from the current time to
	// set the iat claim.
	IatOffset *int64
	// ExpiryDelta determines how many seconds sooner a token should
	// expire than the retrieved expires_in setting.
	ExpiryDelta *int64
	// PrivateClaims(Optional) adds additional private claims to add
	// to the request
	PrivateClaims map[string]interface{} `json:"private_claims,omitempty"`
	// FormValues(Optional) adds addional form fields to request body
	FormValues url.Values `json:"form_values,omitempty"`
	// NewTokenFunc is called when after retrieving a new *oauth2.Token
	NewTokenFunc func(context.Context, *oauth2.Token, *Config) error
}

// DefaultCfgOptions returns ptr to an empty *ConfigOptions
func DefaultCfgOptions() *ConfigOptions { return &ConfigOptions{} }

// IDTokenAsAccessToken returns a *ConfigOptions which sets the new Token
// access token to the id_token response
func IDTokenAsAccessToken() *ConfigOptions { return &ConfigOptions{} }

// IDTokenSetsExpiry returns a *ConfigOptions that sets new Token expiry based
// using id_token
func IDTokenSetsExpiry() *ConfigOptions { return &ConfigOptions{} }

// SetExpiresIn sets the requested expiration time. A new *ConfigOptions is
// returned if opts is nil.
func (opts *ConfigOptions) SetExpiresIn(numOfSeconds int64) *ConfigOptions {
	if opts == nil {
		opts = &ConfigOptions{}
	}
	opts.ExpiresIn = &numOfSeconds
	return opts
}

// SetIatOffset sets the IatOffset and returns a new *ConfigOptions if opts is nil
func (opts *ConfigOptions) SetIatOffset(numOfSeconds int64) *ConfigOptions {
	if opts == nil {
		opts = &ConfigOptions{}
	}
	opts.IatOffset = &numOfSeconds
	return opts
}

// SetExpiryDelta sets the ExpiryDelta and returns a new *ConfigOptions if opts is nil
func (opts *ConfigOptions) SetExpiryDelta(numOfSeconds int64) *ConfigOptions {
	if opts == nil {
		opts = &ConfigOptions{}
	}
	opts.ExpiryDelta = &numOfSeconds
	return opts
}

// SetPrivateClaims does exactly what its name says
func (opts *ConfigOptions) SetPrivateClaims(claims map[string]interface{}) *ConfigOptions {
	return opts
}

// AddPrivateClaim add claim of key/value to the claimset
func (opts *ConfigOptions) AddPrivateClaim(key string, value interface{}) *ConfigOptions {
	return opts
}

// SetFormValues does exactly what its name says
func (opts *ConfigOptions) SetFormValues(values url.Values) *ConfigOptions { return opts }

// AddFormValue adds the key/value to the JWT urlform request
func (opts *ConfigOptions) AddFormValue(key string, value string) *ConfigOptions { return opts }

// TokenSource returns a JWT TokenSource using the configuration
// in c and the HTTP client from the provided context.
func (c *Config) TokenSource(t *oauth2.Token) oauth2.TokenSource {
	return oauth2.ReuseTokenSource(t, oauth2.StaticTokenSource(t))
}

// Token performs a signed JWT request to obtain a new token.
func (c *Config) Token(ctx context.Context) (*oauth2.Token, error) { return nil, nil }

// Client returns an HTTP client wrapping the context's
// HTTP transport and adding Authorization headers with tokens
// obtained from c.
func (c *Config) Client(t *oauth2.Token) (*http.Client, error) {
	return oauth2.Client(c.TokenSource(t), c.HTTPClientFunc), nil
}

// ServiceAccount conforms to the json format of a Google Service Account Key
// and has the same structure as the golang.org/x/oauth2/jwt Config struct.
type ServiceAccount struct {
	// Email is the OAuth client identifier used when communicating with
	// the configured OAuth provider.
	Email string `json:"client_email,omitempty"`
	// PrivateKey contains the contents of an RSA private key or the
	// contents of a PEM file that contains a private key.
	PrivateKey []byte `json:"private_key,omitempty"`
	// PrivateKeyID contains an optional hint indicating which key is being
	// used.
	PrivateKeyID string `json:"private_key_id,omitempty"`
	// Subject is the optional user to impersonate.
	Subject string `json:"subject,omitempty"`
	// Scopes optionally specifies a list of requested permission scopes.
	Scopes []string `json:"scopes,omitempty"`
	// TokenURL is the endpoint required to complete the 2-legged JWT flow.
	TokenURL string `json:"token_uri,omitempty"`
	// Expires optionally specifies how long the token is valid for.
	Expires time.Duration `json:"expires,omitempty"`
}

// Config translates the ServiceAccount settings to a jwt.Config
func (cfg ServiceAccount) Config() (*Config, error) { return &Config{}, nil }

// Client returns a *jwt.Config client with the passed token.
func (cfg ServiceAccount) Client(tk *oauth2.Token) (*http.Client, error) { return nil, nil }
