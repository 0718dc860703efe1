// Package ids holds the user and account IDs of a JWT-grant integration
// (DS106, DS107): the sandbox IDs left in the code next to the same code
// reading them from configuration, and the integration key, whose GUID does
// not change at Go Live.
package ids

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"time"

	jwtv5 "github.com/golang-jwt/jwt/v5"
	"github.com/jfcote87/esign"
	"golang.org/x/oauth2/jwt"
)

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b" // the same in production
	sandboxUser    = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
	sandboxAccount = "9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c"
)

// Flawed: the sandbox user as sub, the sandbox account in the path.
func sandboxClient(ctx context.Context, key []byte) *http.Client {
	cfg := &jwt.Config{
		Email:      integrationKey,
		Subject:    sandboxUser,
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		Audience:   "account.docusign.com",
		TokenURL:   "https://account.docusign.com/oauth/token",
		Expires:    time.Hour,
	}
	return cfg.Client(ctx)
}

// Correct: the user from the environment.
func client(ctx context.Context, key []byte) *http.Client {
	cfg := &jwt.Config{
		Email:      integrationKey,
		Subject:    os.Getenv("DOCUSIGN_USER_ID"),
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation"},
		Audience:   "account.docusign.com",
		TokenURL:   "https://account.docusign.com/oauth/token",
		Expires:    time.Hour,
	}
	return cfg.Client(ctx)
}

// Flawed and correct hand-built assertions with golang-jwt.
func assertions(key any) (flawed, correct string, err error) {
	now := time.Now()
	claims := func(sub string) jwtv5.MapClaims {
		return jwtv5.MapClaims{"iss": integrationKey, "sub": sub, "aud": "account.docusign.com",
			"iat": now.Unix(), "exp": now.Add(time.Hour).Unix(), "scope": "signature impersonation"}
	}
	if flawed, err = jwtv5.NewWithClaims(jwtv5.SigningMethodRS256, jwtv5.MapClaims{
		"iss": integrationKey, "sub": "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a", "aud": "account.docusign.com",
		"iat": now.Unix(), "exp": now.Add(time.Hour).Unix(), "scope": "signature impersonation",
	}).SignedString(key); err != nil {
		return "", "", err
	}
	correct, err = jwtv5.NewWithClaims(jwtv5.SigningMethodRS256, claims(os.Getenv("DOCUSIGN_USER_ID"))).SignedString(key)
	return flawed, correct, err
}

// Flawed: esign with the sandbox user and account; correct: from the environment.
func credentials(key string) (flawed, correct *esign.OAuth2Credential, err error) {
	cfg := &esign.JWTConfig{IntegratorKey: integrationKey, PrivateKey: key, AccountID: sandboxAccount}
	if flawed, err = cfg.Credential(sandboxUser, nil, nil, "signature", "impersonation"); err != nil {
		return nil, nil, err
	}
	prod := &esign.JWTConfig{IntegratorKey: integrationKey, PrivateKey: key, AccountID: os.Getenv("DOCUSIGN_ACCOUNT_ID")}
	correct, err = prod.Credential(os.Getenv("DOCUSIGN_USER_ID"), nil, nil, "signature", "impersonation")
	return flawed, correct, err
}

// Flawed and correct REST paths: the account ID comes from UserInfo.
func envelopesURLs(ctx context.Context, cred *esign.OAuth2Credential, baseURI string) ([]string, error) {
	u, err := cred.UserInfo(ctx)
	if err != nil {
		return nil, err
	}
	acct := u.Accounts[0]
	return []string{
		baseURI + "/restapi/v2.1/accounts/" + sandboxAccount + "/envelopes",
		fmt.Sprintf("%s/restapi/v2.1/accounts/%s/envelopes", baseURI, sandboxAccount),
		acct.BaseURI + "/restapi/v2.1/accounts/" + acct.AccountID + "/envelopes",
		fmt.Sprintf("%s/restapi/v2.1/accounts/%s/envelopes", acct.BaseURI, acct.AccountID),
	}, nil
}
