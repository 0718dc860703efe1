// Package clientcredentials is a stub of golang.org/x/oauth2@v0.37.0 for dslint's analysistest fixtures: it mirrors the real
// exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package clientcredentials

import (
	"context"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

// Config describes a 2-legged OAuth2 flow, with both the
// client application information and the server's endpoint URLs.
type Config struct {
	// ClientID is the application's ID.
	ClientID string

	// ClientSecret is the application's secret.
	ClientSecret string

	// TokenURL is the resource server's token endpoint
	// URL. This is a constant specific to each server.
	TokenURL string

	// Scopes specifies optional requested permissions.
	Scopes []string

	// EndpointParams specifies additional parameters for requests to the token endpoint.
	EndpointParams url.Values

	// AuthStyle optionally specifies how the endpoint wants the
	// client ID & client secret sent. The zero value means to
	// auto-detect.
	AuthStyle oauth2.AuthStyle

	// authStyleCache caches which auth style to use when AuthStyle is
	// the zero value (AuthStyleAutoDetect).
	authStyleCache struct{}
}

// Token uses client credentials to retrieve a token.
func (c *Config) Token(ctx context.Context) (*oauth2.Token, error) {
	return nil, nil
}

// Client returns an HTTP client using the provided token.
func (c *Config) Client(ctx context.Context) *http.Client {
	return oauth2.NewClient(ctx, c.TokenSource(ctx))
}

// TokenSource returns a TokenSource that returns t until t expires,
// automatically refreshing it as necessary using the provided context and the
// client ID and client secret.
func (c *Config) TokenSource(ctx context.Context) oauth2.TokenSource {
	return oauth2.StaticTokenSource(nil)
}
