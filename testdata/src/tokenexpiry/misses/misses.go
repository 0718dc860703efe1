// Package misses holds shapes of cached DocuSign tokens that the analysis
// once missed, each next to its done-right twin.
package misses

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account.docusign.com/oauth/token", Audience: "account.docusign.com"}

var cached string

// Fill keeps one token for the process.
func Fill(ctx context.Context) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	cached = t.AccessToken
	return nil
}

// HeaderMap is flawed: the header is written as a map entry.
func HeaderMap(req *http.Request) {
	req.Header["Authorization"] = []string{"Bearer " + cached} // want `^DS501: DocuSign token read from package variable cached`
}

// HeaderMapFresh is the twin: a token obtained for this request.
func HeaderMapFresh(ctx context.Context, req *http.Request) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	req.Header["Authorization"] = []string{"Bearer " + t.AccessToken}
	return nil
}

// Static is flawed: the cached token is wrapped in a static source that
// the client keeps for the life of the process.
func Static(ctx context.Context) *http.Client {
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(&oauth2.Token{AccessToken: cached})) // want `^DS501: DocuSign token read from package variable cached`
}

var expiry time.Time

// StaticChecked is the twin: the cached token's expiry is checked first.
func StaticChecked(ctx context.Context) *http.Client {
	if time.Until(expiry) < time.Minute {
		return nil
	}
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(&oauth2.Token{AccessToken: cached}))
}

var handlers []func(*http.Request)

// Register is flawed: the token captured by a handler kept in a slice.
func Register(ctx context.Context) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	handlers = append(handlers, func(req *http.Request) {
		t.SetAuthHeader(req) // want `^DS501: DocuSign token read from variable t captured by a closure`
	})
	return nil
}

// RunOnce is the twin: the closure is called within the call.
func RunOnce(ctx context.Context, req *http.Request) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	fs := []func(*http.Request){func(req *http.Request) { t.SetAuthHeader(req) }}
	for _, f := range fs {
		f(req)
	}
	return nil
}

// Client logs in before every request.
type Client struct{ token string }

// Login obtains a new token.
func (c *Client) Login(ctx context.Context) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	c.token = t.AccessToken
	return nil
}

// Send is fine: Login stores a fresh token before each use.
func (c *Client) Send(ctx context.Context, req *http.Request) error {
	if err := c.Login(ctx); err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return nil
}

// Lazy logs in only when it has no token.
type Lazy struct{ token string }

// Login obtains a token unless one is kept.
func (c *Lazy) Login(ctx context.Context) error {
	if c.token != "" {
		return nil
	}
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	c.token = t.AccessToken
	return nil
}

// Send is flawed: Login keeps the first token.
func (c *Lazy) Send(ctx context.Context, req *http.Request) error {
	if err := c.Login(ctx); err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token) // want `^DS501: DocuSign token read from field Lazy.token`
	return nil
}
