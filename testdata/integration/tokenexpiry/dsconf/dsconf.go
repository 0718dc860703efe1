// Package dsconf builds the DocuSign OAuth configurations of the service,
// and the Dropbox one of its archive; the other packages only use them.
package dsconf

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/endpoints"
	"golang.org/x/oauth2/jwt"
)

// JWTSource returns a refreshing DocuSign JWT-grant token source.
func JWTSource(ctx context.Context, ik, userID string, key []byte) oauth2.TokenSource {
	cfg := &jwt.Config{
		Email:      ik,
		Subject:    userID,
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		TokenURL:   "https://account.docusign.com/oauth/token",
		Audience:   "account.docusign.com",
	}
	return cfg.TokenSource(ctx)
}

// CodeGrant returns the DocuSign Authorization Code grant configuration.
func CodeGrant(id, secret, redirect string) *oauth2.Config {
	return &oauth2.Config{
		ClientID:     id,
		ClientSecret: secret,
		RedirectURL:  redirect,
		Scopes:       []string{"signature"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://account.docusign.com/oauth/auth",
			TokenURL: "https://account.docusign.com/oauth/token",
		},
	}
}

// Dropbox returns the archive's Dropbox configuration.
func Dropbox(id, secret string) *oauth2.Config {
	return &oauth2.Config{ClientID: id, ClientSecret: secret, Endpoint: endpoints.Dropbox}
}
