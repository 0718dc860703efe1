package endpoints

import (
	"context"
	"crypto/rsa"
	"errors"
	"net/http"
	"os"
	"time"

	jwtv5 "github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

// Flawed: the audience is the demo auth server while the token request
// goes to production (DS102).
func mixedConfig(key []byte, integrationKey, userID string) *jwt.Config {
	return &jwt.Config{
		Email:      integrationKey,
		Subject:    userID,
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		Audience:   "account-d.docusign.com",
		TokenURL:   "https://account.docusign.com/oauth/token",
		Expires:    time.Hour,
	}
}

// Correct: audience and token URL come from the same environment, chosen by
// configuration at run time.
func switchedConfig(key []byte, integrationKey, userID string) *jwt.Config {
	authHost := "account-d.docusign.com"
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		authHost = "account.docusign.com"
	}
	return &jwt.Config{
		Email:      integrationKey,
		Subject:    userID,
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		Audience:   authHost,
		TokenURL:   "https://" + authHost + "/oauth/token",
		Expires:    time.Hour,
	}
}

// Flawed: aud carries a scheme and a trailing slash (DS103).
func assertionWithScheme(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	now := time.Now()
	claims := jwtv5.MapClaims{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   "https://account.docusign.com/",
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
		"scope": "signature impersonation",
	}
	return jwtv5.NewWithClaims(jwtv5.SigningMethodRS256, claims).SignedString(key)
}

// Correct: the bare host, read from configuration.
func assertionFromEnv(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	aud := os.Getenv("DOCUSIGN_AUTH_SERVER")
	if aud == "" {
		return "", errors.New("DOCUSIGN_AUTH_SERVER is not set")
	}
	now := time.Now()
	claims := jwtv5.RegisteredClaims{
		Issuer:    integrationKey,
		Subject:   userID,
		Audience:  jwtv5.ClaimStrings{aud},
		IssuedAt:  jwtv5.NewNumericDate(now),
		ExpiresAt: jwtv5.NewNumericDate(now.Add(time.Hour)),
	}
	return jwtv5.NewWithClaims(jwtv5.SigningMethodRS256, claims).SignedString(key)
}

// tokenSource wraps a jwt.Config the way a service does at start-up.
func tokenSource(ctx context.Context, cfg *jwt.Config) oauth2.TokenSource {
	return cfg.TokenSource(ctx)
}

// httpClient is the authenticated client used by the envelope sender.
func httpClient(ctx context.Context, cfg *jwt.Config) *http.Client {
	return oauth2.NewClient(ctx, tokenSource(ctx, cfg))
}
