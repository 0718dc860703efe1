// Package order holds shapes whose answers once depended on the order
// functions are declared in: an expiry check five calls down, reached
// first through a long chain (Deep) or a short one (Short), and a token
// function that calls itself, reached first from a caller (Use) or not.
package order

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account-d.docusign.com/oauth/token", Audience: "account-d.docusign.com"}

// Client checks the expiry five calls below Deep and one below Short:
// both are checked.
type Client struct {
	tok *oauth2.Token
}

func (c *Client) Login(ctx context.Context) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	c.tok = t
	return nil
}

func (c *Client) Deep(req *http.Request) {
	if c.h1() {
		c.tok.SetAuthHeader(req)
	}
}

func (c *Client) h1() bool { return c.h2() }
func (c *Client) h2() bool { return c.h3() }
func (c *Client) h3() bool { return c.h4() }
func (c *Client) h4() bool { return c.h5() }
func (c *Client) h5() bool { return time.Until(c.tok.Expiry) > time.Minute }

func (c *Client) Short(req *http.Request) {
	if c.h4() {
		c.tok.SetAuthHeader(req)
	}
}

// Retrier gets its token from a function that retries by calling itself,
// and keeps it: reported whether Use or fetch is declared first.
type Retrier struct {
	token string
}

func (r *Retrier) Use(ctx context.Context) {
	r.token = r.fetch(ctx, 3)
}

func (r *Retrier) fetch(ctx context.Context, n int) string {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil && n > 0 {
		s := r.fetch(ctx, n-1)
		r.token = s
		return s
	}
	return t.AccessToken
}

func (r *Retrier) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+r.token) // want `DS501: DocuSign token read from field Retrier.token with no expiry check \(401 after 1 hour\)`
}

// Ping and pong are mutually recursive helpers, one of which checks:
// Ring is checked.
type Ring struct {
	tok *oauth2.Token
}

func (r *Ring) Login(ctx context.Context) {
	r.tok, _ = conf.TokenSource(ctx).Token()
}

func (r *Ring) ping(n int) bool {
	if n == 0 {
		return r.pong(1)
	}
	return r.tok.Expiry.After(time.Now().Add(time.Minute))
}

func (r *Ring) pong(n int) bool { return r.ping(n - 1) }

func (r *Ring) Do(req *http.Request) {
	if r.pong(2) {
		r.tok.SetAuthHeader(req)
	}
}
