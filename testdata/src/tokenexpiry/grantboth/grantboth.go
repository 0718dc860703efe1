// Package grantboth: the package runs the JWT grant and sends a grant_type=authorization_code request too, so the cached token's grant is unknown (twin of grantmention).
package grantboth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
)

// Token is DocuSign's token response.
type Token struct {
	AccessToken string `json:"access_token"`
}

var errMissing = errors.New("no assertion")

// exchange sends the code grant's token request.
func exchange(ctx context.Context, code string) (*http.Response, error) {
	body := strings.NewReader("grant_type=authorization_code&code=" + url.QueryEscape(code))
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://account.docusign.com/oauth/token", body)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func fetch(ctx context.Context, assertion string) (*Token, error) {
	if assertion == "" {
		return nil, errMissing
	}
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
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}

// Client fetches once and reuses the response.
type Client struct {
	Assertion string
	token     *Token
}

func (c *Client) Get(ctx context.Context, req *http.Request) (*http.Response, error) {
	if c.token == nil {
		t, err := fetch(ctx, c.Assertion)
		if err != nil {
			return nil, err
		}
		c.token = t
	}
	req.Header.Set("Authorization", "Bearer "+c.token.AccessToken) // want `^DS501: DocuSign token read from field Client\.token with no expiry check \(401 after 1 or 8 hours\)`
	return http.DefaultClient.Do(req)
}
