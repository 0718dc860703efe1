// Package callercheck keeps a DocuSign token in a client whose exported
// methods check its expiry before calling the unexported helper that reads
// it: the helper is checked by every caller. A helper with one unchecked
// caller, or one used as a value, is not.
package callercheck

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2/jwt"
)

type Client struct {
	conf  *jwt.Config
	token string
	exp   time.Time
}

func New(key []byte) *Client {
	return &Client{conf: &jwt.Config{Email: "ik", PrivateKey: key, TokenURL: "https://account.docusign.com/oauth/token", Audience: "account.docusign.com"}}
}

func (c *Client) refresh(ctx context.Context) error {
	if time.Now().Before(c.exp.Add(-time.Minute)) {
		return nil
	}
	t, err := c.conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	c.token, c.exp = t.AccessToken, t.Expiry
	return nil
}

// Send and Get check (through refresh) before calling do.
func (c *Client) Send(ctx context.Context, req *http.Request) (*http.Response, error) {
	if err := c.refresh(ctx); err != nil {
		return nil, err
	}
	return c.do(req)
}

func (c *Client) Get(ctx context.Context, url string) (*http.Response, error) {
	if err := c.refresh(ctx); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return c.retry(req)
}

// retry is only called by Get, which checks: its callee do is covered too.
func (c *Client) retry(req *http.Request) (*http.Response, error) {
	resp, err := c.do(req)
	if err != nil {
		return c.do(req)
	}
	return resp, err
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	return http.DefaultClient.Do(req)
}

type Other struct {
	conf  *jwt.Config
	token string
	exp   time.Time
}

func (o *Other) Login(ctx context.Context) error {
	t, err := o.conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	o.token, o.exp = t.AccessToken, t.Expiry
	return nil
}

// Checked checks; Unchecked does not: sign is not checked by every caller.
func (o *Other) Checked(req *http.Request) (*http.Response, error) {
	if time.Now().After(o.exp) {
		return nil, context.DeadlineExceeded
	}
	return o.sign(req)
}

func (o *Other) Unchecked(req *http.Request) (*http.Response, error) { return o.sign(req) }

func (o *Other) sign(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+o.token) // want `DS501: DocuSign token read from field Other\.token`
	return http.DefaultClient.Do(req)
}

// A helper used as a value has callers dslint cannot see.
func (o *Other) Hook() func(*http.Request) (*http.Response, error) {
	if time.Now().After(o.exp) {
		return nil
	}
	_, _ = o.send(nil)
	return o.send
}

func (o *Other) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+o.token) // want `DS501: DocuSign token read from field Other\.token`
	return http.DefaultClient.Do(req)
}
