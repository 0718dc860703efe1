// Package cachedprov hands out DocuSign tokens from a cache it renews
// before expiry: the token AccessToken returns is fresh, and another
// package that keeps it reuses it after it expires.
package cachedprov

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"
)

const skew = 2 * time.Minute

// Provider caches one DocuSign token.
type Provider struct {
	mu  sync.Mutex
	tok string
	exp time.Time
	// label is set from a parameter, so no token: Label gets no fact
	label string
}

// SetLabel names the provider.
func (p *Provider) SetLabel(l string) { p.label = l }

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

// AccessToken returns a valid token, fetching a new one when needed.
func (p *Provider) AccessToken(ctx context.Context) (string, error) { // want AccessToken:"returns DocuSign token \\(result 0, JWT grant\\)"
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tok != "" && time.Now().Add(skew).Before(p.exp) {
		return p.tok, nil
	}
	var tr tokenResponse
	if err := p.fetch(ctx, &tr); err != nil {
		return "", err
	}
	p.tok = tr.AccessToken
	p.exp = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	return p.tok, nil
}

// fetch decodes a JWT grant response of DocuSign's token endpoint into tr.
func (p *Provider) fetch(ctx context.Context, tr *tokenResponse) error {
	grant := strings.NewReader("grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer")
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://account.docusign.com/oauth/token", grant)
	if err == nil {
		var resp *http.Response
		if resp, err = http.DefaultClient.Do(req); err == nil {
			defer resp.Body.Close()
			err = json.NewDecoder(resp.Body).Decode(tr)
		}
	}
	return err
}

// Label returns a field that is not a token.
func (p *Provider) Label() string { return p.label }
