// Package dsclient keeps tokens from package auth the way long-lived API
// clients do, over the real x/oauth2: in a field promoted from an embedded
// struct, in a handler a route builder returns, in a static source built by
// a helper. Each flawed shape has a done-right twin.
package dsclient

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"

	"dslint.test/integration/tokenexpiry/auth"
)

// baseClient holds what every API client of the app shares.
type baseClient struct {
	expiresAt   time.Time
	accessToken string
	baseURI     string
}

// Client is flawed: the promoted token is never checked.
type Client struct {
	hc *http.Client
	baseClient
}

func New(ctx context.Context, key []byte) (*Client, error) {
	tok, err := auth.Token(ctx, key)
	if err != nil {
		return nil, err
	}
	c := &Client{hc: http.DefaultClient}
	c.accessToken, c.expiresAt = tok.AccessToken, tok.Expiry
	return c, nil
}

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.accessToken)
	return c.hc.Do(req)
}

// Checked is the twin: it checks the promoted expiry first.
type Checked struct{ Client }

func (c *Checked) Do(req *http.Request) (*http.Response, error) {
	if time.Until(c.expiresAt) < time.Minute {
		return nil, context.DeadlineExceeded
	}
	req.Header.Set("Authorization", "Bearer "+c.accessToken)
	return c.hc.Do(req)
}

func proxy(tok string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+tok)
	}
}

// Routes is flawed: the token fetched while routes are built lives in the handler.
func Routes(ctx context.Context, key []byte) (http.Handler, error) {
	tok, err := auth.Token(ctx, key)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/envelopes", proxy(tok.AccessToken))
	return mux, nil
}

// RefreshingRoutes is the twin: the handler asks a reusing source per request.
func RefreshingRoutes(ctx context.Context, key []byte) http.Handler {
	ts := oauth2.ReuseTokenSource(nil, auth.Config(key).TokenSource(ctx))
	mux := http.NewServeMux()
	mux.HandleFunc("/envelopes", func(w http.ResponseWriter, r *http.Request) {
		if tok, err := ts.Token(); err == nil {
			tok.SetAuthHeader(r)
		}
	})
	return mux
}

func static(tok *oauth2.Token) oauth2.TokenSource { return oauth2.StaticTokenSource(tok) }

// Pool shares one token source between workers for the life of the process.
type Pool struct{ ts oauth2.TokenSource }

// NewPool is flawed: the helper's static source is kept.
func NewPool(ctx context.Context, key []byte) (*Pool, error) {
	tok, err := auth.Token(ctx, key)
	if err != nil {
		return nil, err
	}
	return &Pool{ts: static(tok)}, nil
}

// NewRefreshingPool is the twin: the kept source refreshes.
func NewRefreshingPool(ctx context.Context, key []byte) *Pool {
	return &Pool{ts: oauth2.ReuseTokenSource(nil, auth.Config(key).TokenSource(ctx))}
}
