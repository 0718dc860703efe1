package scopes

import (
	"context"
	"os"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

// endpoint is the production DocuSign auth server.
var endpoint = oauth2.Endpoint{
	AuthURL:  "https://account.docusign.com/oauth/auth",
	TokenURL: "https://account.docusign.com/oauth/token",
}

// Correct: an authorization-code grant with signature and extended.
var codeGrant = &oauth2.Config{
	ClientID:     os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	ClientSecret: os.Getenv("DOCUSIGN_SECRET"),
	RedirectURL:  "https://app.example.com/oauth/callback",
	Scopes:       []string{"signature", "extended"},
	Endpoint:     endpoint,
}

// exchange completes the code grant.
func exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return codeGrant.Exchange(ctx, code)
}

// Flawed: the scopes are joined by a comma in one element (DS404).
var reportingGrant = &oauth2.Config{
	ClientID:     os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	ClientSecret: os.Getenv("DOCUSIGN_SECRET"),
	RedirectURL:  "https://app.example.com/oauth/reporting",
	Scopes:       []string{"signature,extended"},
	Endpoint:     endpoint,
}

// Correct: the JWT grant asks for signature and impersonation.
func jwtConfig(key []byte, integrationKey, userID string) *jwt.Config {
	return &jwt.Config{
		Email:      integrationKey,
		Subject:    userID,
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		Audience:   "account.docusign.com",
		TokenURL:   endpoint.TokenURL,
	}
}

// scopeClaim is the space-separated scope claim of a hand-built assertion.
var scopeClaim = strings.Join([]string{"signature", "impersonation"}, " ")
