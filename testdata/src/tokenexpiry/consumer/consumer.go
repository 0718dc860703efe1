// Package consumer gets DocuSign tokens from another package (facts).
package consumer

import (
	"context"
	"net/http"

	"tokenexpiry/provider"
)

type API struct {
	token string
	name  string
}

func New(ctx context.Context) (*API, error) {
	tok, err := provider.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	return &API{token: tok, name: provider.Name()}, nil
}

func (a *API) Call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+a.token) // want `DS501: DocuSign token read from field API.token with no expiry check \(401 after 1 hour\)`
	req.Header.Set("X-Name", a.name)
}

// Correct: a token per request.
func Call(ctx context.Context, req *http.Request) error {
	tok, err := provider.AccessToken(ctx)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return nil
}

// Cache keeps the access token of a response from another package.
type Cache struct{ token string }

func (c *Cache) Call(ctx context.Context, req *http.Request) error {
	if c.token == "" {
		r, err := provider.Fetch(ctx)
		if err != nil {
			return err
		}
		c.token = r.AccessToken
	}
	req.Header.Set("Authorization", "Bearer "+c.token) // want `^DS501: DocuSign token read from field Cache\.token`
	return nil
}
