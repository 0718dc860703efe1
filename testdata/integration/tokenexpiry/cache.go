package tokenexpiry

import (
	"context"
	"net/http"
	"sync"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

// jwtConfig is the JWT grant against the DocuSign demo account server.
func jwtConfig(key []byte) *jwt.Config {
	return &jwt.Config{
		Email:      "8b3a1d2e-0000-4000-8000-00000000000a",
		Subject:    "5f1c2c6e-0000-4000-8000-000000000001",
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		TokenURL:   "https://account.docusign.com/oauth/token",
		Audience:   "account.docusign.com",
	}
}

// cachedToken is fetched once and reused with no expiry check; DocuSign JWT
// access tokens live one hour (DS501).
var (
	mu          sync.Mutex
	cachedToken *oauth2.Token
)

// Flawed: the cached token is reused forever.
func authHeader(ctx context.Context, cfg *jwt.Config) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	if cachedToken == nil {
		tok, err := cfg.TokenSource(ctx).Token()
		if err != nil {
			return "", err
		}
		cachedToken = tok
	}
	return "Bearer " + cachedToken.AccessToken, nil
}

// Correct twin: Valid() before reuse.
var (
	checkedMu    sync.Mutex
	checkedToken *oauth2.Token
)

func checkedHeader(ctx context.Context, cfg *jwt.Config) (string, error) {
	checkedMu.Lock()
	defer checkedMu.Unlock()
	if !checkedToken.Valid() {
		tok, err := cfg.TokenSource(ctx).Token()
		if err != nil {
			return "", err
		}
		checkedToken = tok
	}
	return "Bearer " + checkedToken.AccessToken, nil
}

// client holds a token source that renews itself.
type client struct {
	ts oauth2.TokenSource
}

// Correct: ReuseTokenSource refreshes the token when it expires.
func newClient(ctx context.Context, cfg *jwt.Config) *client {
	return &client{ts: oauth2.ReuseTokenSource(nil, cfg.TokenSource(ctx))}
}

// do sends req with a valid token.
func (c *client) do(req *http.Request) (*http.Response, error) {
	tok, err := c.ts.Token()
	if err != nil {
		return nil, err
	}
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

// Flawed: a static source over a JWT token, kept by the returned client.
func staticClient(ctx context.Context, cfg *jwt.Config) (*http.Client, error) {
	tok, err := cfg.TokenSource(ctx).Token()
	if err != nil {
		return nil, err
	}
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)), nil
}

// Correct: jwt.Config.Client refreshes.
func refreshingClient(ctx context.Context, cfg *jwt.Config) *http.Client {
	return cfg.Client(ctx)
}

var (
	once      sync.Once
	onceToken *oauth2.Token
)

// Flawed: fetched under sync.Once, never renewed.
func onceHeader(ctx context.Context, cfg *jwt.Config, req *http.Request) {
	once.Do(func() {
		onceToken, _ = cfg.TokenSource(ctx).Token()
	})
	onceToken.SetAuthHeader(req)
}
