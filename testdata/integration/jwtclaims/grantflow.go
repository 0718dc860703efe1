package jwtclaims

import (
	"context"
	"crypto/rsa"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// signGrant names no DocuSign value, but requestToken posts its result as
// the assertion to the DocuSign token endpoint. Flawed: nbf an hour ahead
// (DS302).
func signGrant(key *rsa.PrivateKey, integrationKey, userID, aud string) (string, error) {
	now := time.Now()
	claims := jwt.RegisteredClaims{
		Issuer:    integrationKey,
		Subject:   userID,
		Audience:  jwt.ClaimStrings{aud},
		IssuedAt:  jwt.NewNumericDate(now),
		NotBefore: jwt.NewNumericDate(now.Add(time.Hour)),
		ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// requestToken exchanges the assertion at the production token endpoint.
func requestToken(ctx context.Context, key *rsa.PrivateKey, integrationKey, userID string) (*http.Response, error) {
	assertion, err := signGrant(key, integrationKey, userID, audience)
	if err != nil {
		return nil, err
	}
	form := url.Values{"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"}}
	form.Set("assertion", assertion)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://account.docusign.com/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}
