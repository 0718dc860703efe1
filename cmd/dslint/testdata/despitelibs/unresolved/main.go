// Command unresolved is a DocuSign example app written with the real
// libraries (x/oauth2, golang-jwt, esign) whose settings package does not
// resolve (no module provides it), as in DocuSign's own example app: the
// package does not type-check, and dslint still reports every flaw below
// that it can judge from the code that is there.
package main

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"

	"example.org/notexist/settings"
)

// endpoint is the demo auth server's OAuth endpoint, shipped to production (DS101).
var endpoint = oauth2.Endpoint{
	AuthURL:  "https://account-d.docusign.com/oauth/auth",
	TokenURL: "https://account-d.docusign.com/oauth/token",
}

// assertion sets aud with a scheme and a trailing slash (DS103).
func assertion() jwt.RegisteredClaims {
	now := time.Now()
	return jwt.RegisteredClaims{
		Issuer:    settings.IntegrationKey,
		Subject:   settings.UserID,
		Audience:  jwt.ClaimStrings{"https://account.docusign.com/"},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour)),
	}
}

// jwtConfig embeds the RSA key of the integration (DS201, key.go).
var jwtConfig = &esign.JWTConfig{
	IntegratorKey: settings.IntegrationKey,
	KeyPairID:     settings.KeyPairID,
	PrivateKey:    privateKey,
	AccountID:     settings.AccountID,
}

// credential asks for extended with the JWT grant (DS401).
func credential() (*esign.OAuth2Credential, error) {
	return jwtConfig.Credential(settings.UserID, nil, nil, "signature", "extended")
}

// legacyRequest authenticates with the retired legacy header (DS601).
func legacyRequest(ctx context.Context, accountID string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, settings.BaseURI+"/v2.1/accounts/"+accountID, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-DocuSign-Authentication", settings.Credentials())
	return req, nil
}

func main() {
	conf := &oauth2.Config{ClientID: settings.IntegrationKey, Endpoint: endpoint, Scopes: []string{"signature"}}
	cred, err := credential()
	fmt.Println(conf.AuthCodeURL(settings.State), assertion(), cred, err)
	_, _ = legacyRequest(context.Background(), settings.AccountID)
}
