// Package ownprov hands out DocuSign tokens from a cache it renews before
// expiry (as cachedprov does for other packages) and keeps the token the
// provider returns in the same package: a client built once and a package
// variable reuse it after it expires (DS501). The twins fetch it from the
// provider on every request, or keep another provider's token.
package ownprov

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/endpoints"
	"golang.org/x/oauth2/jwt"
)

const skew = 2 * time.Minute

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account-d.docusign.com/oauth/token", Audience: "account-d.docusign.com"}

// Provider caches one DocuSign token and renews it before it expires.
type Provider struct {
	tok string
	exp time.Time
}

// AccessToken returns a valid token, fetching a new one when needed.
func (p *Provider) AccessToken(ctx context.Context) (string, error) { // want AccessToken:"returns DocuSign token \\(result 0, JWT grant\\)"
	if p.tok != "" && time.Now().Add(skew).Before(p.exp) {
		return p.tok, nil
	}
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return "", err
	}
	p.tok, p.exp = t.AccessToken, t.Expiry
	return p.tok, nil
}

// Client is built once for the process lifetime.
type Client struct{ token string }

// NewClient is flawed: it keeps the provider's token of the moment.
func NewClient(ctx context.Context, p *Provider) (*Client, error) {
	tok, err := p.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	return &Client{token: tok}, nil
}

// Do sends req with the kept token.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token) // want `^DS501: DocuSign token read from field Client.token with no expiry check \(401 after 1 hour\)$`
	return http.DefaultClient.Do(req)
}

var cached string

// Start is flawed the same way with a package variable.
func Start(ctx context.Context, p *Provider) error {
	tok, err := p.AccessToken(ctx)
	cached = tok
	return err
}

// Send sends req with the token Start kept.
func Send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+cached) // want `^DS501: DocuSign token read from package variable cached with no expiry check`
}

// Fresh is the twin: it asks the provider, which renews the token, on
// every request.
type Fresh struct{ p *Provider }

// Do sends req with a token fetched for it.
func (f *Fresh) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	tok, err := f.p.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return http.DefaultClient.Do(req)
}

// Source keeps the whole token it renews.
type Source struct {
	ts  oauth2.TokenSource
	tok *oauth2.Token
}

// AccessToken returns the access token of the kept token, renewed when it
// is no longer valid.
func (s *Source) AccessToken() (string, error) { // want AccessToken:"returns DocuSign token \\(result 0, grant unknown\\)"
	if !s.tok.Valid() {
		t, err := s.ts.Token()
		if err != nil {
			return "", err
		}
		s.tok = t
	}
	return s.tok.AccessToken, nil
}

// Worker keeps the access token of the moment for the process lifetime.
type Worker struct{ access string }

// NewWorker is flawed: the access token it keeps expires.
func NewWorker(s *Source) (*Worker, error) {
	tok, err := s.AccessToken()
	return &Worker{access: tok}, err
}

// Run sends req with the kept token.
func (w *Worker) Run(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+w.access) // want `^DS501: DocuSign token read from field Worker.access with no expiry check \(401 after 1 or 8 hours\)$`
}

var github = &oauth2.Config{ClientID: "Iv1.8a61f9b3a7aba766", Endpoint: endpoints.GitHub}

// GitHub caches a GitHub token the same way.
type GitHub struct {
	tok string
	exp time.Time
}

// AccessToken returns GitHub's token: no DocuSign token.
func (g *GitHub) AccessToken(ctx context.Context, code string) (string, error) {
	if g.tok != "" && time.Now().Before(g.exp) {
		return g.tok, nil
	}
	t, err := github.Exchange(ctx, code)
	if err != nil {
		return "", err
	}
	g.tok, g.exp = t.AccessToken, t.Expiry
	return g.tok, nil
}

// Mirror is the twin of Client: it keeps GitHub's token.
type Mirror struct{ token string }

// NewMirror keeps the GitHub provider's token.
func NewMirror(ctx context.Context, g *GitHub, code string) (*Mirror, error) {
	tok, err := g.AccessToken(ctx, code)
	if err != nil {
		return nil, err
	}
	return &Mirror{token: tok}, nil
}

// Do sends req with GitHub's token.
func (m *Mirror) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+m.token)
	return http.DefaultClient.Do(req)
}
