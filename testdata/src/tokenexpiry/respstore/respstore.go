// Package respstore keeps the decoded DocuSign token response whole, a
// *Token, in a field: reading its access token later is a read of a cached
// token. A client that checks the response's expiry first is fine.
package respstore

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Token is DocuSign's token response.
type Token struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int64  `json:"expires_in"`
	expiresAt   time.Time
}

func fetch(ctx context.Context, assertion string) (*Token, error) {
	form := url.Values{"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"}, "assertion": {assertion}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://account.docusign.com/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t Token
	err = json.NewDecoder(resp.Body).Decode(&t)
	t.expiresAt = time.Now().Add(time.Duration(t.ExpiresIn) * time.Second)
	return &t, err
}

// Client fetches once and reuses the response.
type Client struct {
	Assertion string
	mu        sync.Mutex
	token     *Token
}

func (c *Client) Get(ctx context.Context, u string) (*http.Response, error) {
	c.mu.Lock()
	if c.token == nil {
		t, err := fetch(ctx, c.Assertion)
		if err != nil {
			c.mu.Unlock()
			return nil, err
		}
		c.token = t
	}
	tok := c.token.AccessToken // want `^DS501: DocuSign token read from field Client\.token`
	c.mu.Unlock()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return http.DefaultClient.Do(req)
}

// Checked renews the response when it is about to expire.
type Checked struct {
	Assertion string
	token     *Token
}

func (c *Checked) Get(ctx context.Context, req *http.Request) (*http.Response, error) {
	if c.token == nil || time.Until(c.token.expiresAt) < time.Minute {
		t, err := fetch(ctx, c.Assertion)
		if err != nil {
			return nil, err
		}
		c.token = t
	}
	req.Header.Set("Authorization", "Bearer "+c.token.AccessToken)
	return http.DefaultClient.Do(req)
}
