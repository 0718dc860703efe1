// Package static wraps DocuSign tokens in static sources.
package static

import (
	"context"
	"net/http"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

var conf = &jwt.Config{
	Email:    "6f1c2c6e-0000-4000-8000-000000000001",
	TokenURL: "https://account-d.docusign.com/oauth/token",
	Audience: "account-d.docusign.com",
}

// Flawed: the client outlives the call and never refreshes.
func NewClient(ctx context.Context) (*http.Client, error) {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return nil, err
	}
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)), nil // want `DS503: oauth2.StaticTokenSource over a DocuSign token, kept past this call \(401 after 1 hour\)`
}

type Service struct {
	cred *esign.OAuth2Credential
}

// Flawed: a static credential kept in a struct.
func NewService(accessToken string) *Service {
	return &Service{cred: esign.TokenCredential(accessToken, true)} // want `DS503: esign.TokenCredential over a DocuSign token`
}

// Correct: a static source built per request over a fresh token.
func perRequest(ctx context.Context, req *http.Request) error {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	client := oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok))
	_, err = client.Do(req)
	return err
}

// Correct: refreshing sources and clients.
func refreshing(ctx context.Context) (*http.Client, oauth2.TokenSource) {
	return conf.Client(ctx), oauth2.ReuseTokenSource(nil, conf.TokenSource(ctx))
}

// Correct: esign credentials that refresh.
func credential(cfg *esign.JWTConfig) (*esign.OAuth2Credential, error) {
	return cfg.Credential("5a1c2c6e-0000-4000-8000-000000000002", nil, nil)
}

// Correct: a helper over its caller's token may be called per request.
func clientFor(ctx context.Context, tok *oauth2.Token) *http.Client {
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok))
}

// Flawed: a static source over a parameter, kept in a struct.
type holder struct{ ts oauth2.TokenSource }

func (h *holder) set(tok *oauth2.Token) {
	h.ts = oauth2.StaticTokenSource(tok) // want `DS503: oauth2.StaticTokenSource over a DocuSign token, kept past this call \(401 after 1 or 8 hours\)`
}
