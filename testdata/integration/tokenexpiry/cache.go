package tokenexpiry

import (
	"context"
	"net/http"
	"sync"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

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
