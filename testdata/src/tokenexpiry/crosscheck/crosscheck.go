// Package crosscheck caches DocuSign tokens and decides when to renew them
// with predicates from another package (tokenutil.Fresh(tok),
// tokenutil.Usable(exp)): an expiry check all the same. A foreign predicate
// over something else, or the standard library's t.IsZero(), is not one.
package crosscheck

import (
	"context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"

	"tokenexpiry/crosscheck/tokenutil"
)

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account.docusign.com/oauth/token", Audience: "account.docusign.com"}

// Fresh renews through tokenutil.Fresh(c.tok).
type Fresh struct {
	mu  sync.Mutex
	tok *oauth2.Token
}

func (c *Fresh) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	c.mu.Lock()
	if !tokenutil.Fresh(c.tok) {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			c.mu.Unlock()
			return nil, err
		}
		c.tok = t
	}
	tok := c.tok
	c.mu.Unlock()
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

// Present is flawed: tokenutil.HasToken(c.tok) never looks at the expiry.
type Present struct {
	mu  sync.Mutex
	tok *oauth2.Token
}

func (c *Present) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	c.mu.Lock()
	if !tokenutil.HasToken(c.tok) {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			c.mu.Unlock()
			return nil, err
		}
		c.tok = t
	}
	tok := c.tok // want `^DS501: DocuSign token read from field Present\.tok`
	c.mu.Unlock()
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

// Usable renews through tokenutil.Usable(c.expiry).
type Usable struct {
	token  string
	expiry time.Time
}

func (c *Usable) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	if !tokenutil.Usable(c.expiry) {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return nil, err
		}
		c.token, c.expiry = t.AccessToken, t.Expiry
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return http.DefaultClient.Do(req)
}

// Typed asks another package about the token type only, and the standard
// library whether the expiry was ever set: neither is an expiry check.
type Typed struct {
	token  string
	typ    string
	expiry time.Time
}

func (c *Typed) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	if c.token == "" || !tokenutil.Bearer(c.typ) || c.expiry.IsZero() {
		t, err := conf.TokenSource(ctx).Token()
		if err != nil {
			return nil, err
		}
		c.token, c.typ, c.expiry = t.AccessToken, t.TokenType, t.Expiry
	}
	req.Header.Set("Authorization", "Bearer "+c.token) // want `^DS501: DocuSign token read from field Typed\.token`
	return http.DefaultClient.Do(req)
}
