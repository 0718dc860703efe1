// Package cachedcons keeps the token of cachedprov's Provider in a client
// built once: a field promoted from an embedded struct (Client) and a
// plain field (Plain) are reused after the token expires (DS501). The
// twin fetches the token from the provider on every request.
package cachedcons

import (
	"context"
	"net/http"

	"tokenexpiry/cachedprov"
)

type baseClient struct {
	httpc       *http.Client
	accessToken string
}

func (b *baseClient) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+b.accessToken) // want `DS501: DocuSign token read from field Client.baseClient.accessToken with no expiry check`
	return b.httpc.Do(req)
}

// Client is built once for the process lifetime.
type Client struct {
	baseClient
	name string
}

// New keeps the provider's token in the embedded baseClient.
func New(ctx context.Context, p *cachedprov.Provider) (*Client, error) {
	tok, err := p.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	c := &Client{name: p.Label()}
	c.httpc = http.DefaultClient
	c.accessToken = tok
	return c, nil
}

// Send sends req with the kept token.
func (c *Client) Send(req *http.Request) (*http.Response, error) { return c.do(req) }

// Plain keeps the provider's token in a field of its own.
type Plain struct{ accessToken string }

// NewPlain builds a Plain for the process lifetime.
func NewPlain(ctx context.Context, p *cachedprov.Provider) (*Plain, error) {
	tok, err := p.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	return &Plain{accessToken: tok}, nil
}

// Do sends req with the kept token.
func (c *Plain) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.accessToken) // want `DS501: DocuSign token read from field Plain.accessToken with no expiry check`
	return http.DefaultClient.Do(req)
}

// Fresh is correct: it asks the provider, which renews the token, on
// every request.
type Fresh struct{ p *cachedprov.Provider }

// Do sends req with a token fetched for it.
func (f *Fresh) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	tok, err := f.p.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return http.DefaultClient.Do(req)
}
