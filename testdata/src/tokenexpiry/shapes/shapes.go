// Package shapes keeps DocuSign tokens where real clients keep them: a
// field promoted from an embedded struct, a closure a route builder hands
// to net/http, an oauth2.Token filled field by field, a static source built
// by a helper, a token field set from outside. Each flawed shape has a
// done-right twin.
package shapes

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

// conf is the app's authorization-code configuration, at the production account server.
var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{TokenURL: "https://account.docusign.com/oauth/token"}, ClientID: "integration-key"}

// baseClient is embedded by the long-lived API clients below.
type baseClient struct {
	accessToken string
	expiresAt   time.Time
}

// Client is flawed: the token is kept in the promoted field and never checked.
type Client struct {
	baseClient
	hc *http.Client
}

func NewClient(ctx context.Context, code string) *Client {
	tok, _ := conf.Exchange(ctx, code)
	c := &Client{hc: http.DefaultClient}
	c.accessToken = tok.AccessToken
	return c
}

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.accessToken) // want `DS501: DocuSign token read from field Client\.baseClient\.accessToken`
	return c.hc.Do(req)
}

// CheckedClient is the twin: the promoted expiry is checked before use.
type CheckedClient struct {
	baseClient
}

func NewCheckedClient(ctx context.Context, code string) *CheckedClient {
	tok, _ := conf.Exchange(ctx, code)
	c := &CheckedClient{}
	c.accessToken, c.expiresAt = tok.AccessToken, tok.Expiry
	return c
}

func (c *CheckedClient) Do(req *http.Request) error {
	if time.Until(c.expiresAt) < time.Minute {
		return context.DeadlineExceeded
	}
	req.Header.Set("Authorization", "Bearer "+c.accessToken)
	return nil
}

// login is a method of the embedded struct: the store is through its
// receiver, the read through the embedding client.
func (b *baseClient) login(ctx context.Context, code string) {
	tok, _ := conf.Exchange(ctx, code)
	b.accessToken = tok.AccessToken
}

// Embedding is flawed the same way, with the store in the embedded type.
type Embedding struct{ baseClient }

func (e *Embedding) Start(ctx context.Context, code string) { e.login(ctx, code) }

func (e *Embedding) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+e.accessToken) // want `DS501: DocuSign token read from field Embedding\.baseClient\.accessToken`
}
