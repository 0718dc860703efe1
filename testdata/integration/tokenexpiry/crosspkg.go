package tokenexpiry

import (
	"context"
	"net/http"

	"dslint.test/integration/tokenexpiry/auth"
)

// Envelopes keeps the token from package auth in a field: flawed.
type Envelopes struct {
	token string
}

func NewEnvelopes(ctx context.Context, key []byte) (*Envelopes, error) {
	tok, err := auth.Token(ctx, key)
	if err != nil {
		return nil, err
	}
	return &Envelopes{token: tok.AccessToken}, nil
}

func (e *Envelopes) List(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+e.token)
	return http.DefaultClient.Do(req)
}

// PerRequest is the correct twin: a fresh token for every request.
func PerRequest(ctx context.Context, key []byte, req *http.Request) (*http.Response, error) {
	tok, err := auth.Token(ctx, key)
	if err != nil {
		return nil, err
	}
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}
