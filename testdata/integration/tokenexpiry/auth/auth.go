// Package auth obtains DocuSign JWT access tokens for the other packages.
package auth

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

// Config returns the JWT grant configuration for the DocuSign account server.
func Config(key []byte) *jwt.Config {
	return &jwt.Config{
		Email:      "8b3a1d2e-0000-4000-8000-00000000000a",
		Subject:    "5f1c2c6e-0000-4000-8000-000000000001",
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		TokenURL:   "https://account.docusign.com/oauth/token",
		Audience:   "account.docusign.com",
	}
}

// Token fetches a new access token (valid one hour).
func Token(ctx context.Context, key []byte) (*oauth2.Token, error) {
	return Config(key).TokenSource(ctx).Token()
}
