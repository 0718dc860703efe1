package scopes

import (
	"context"
	"net/url"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jfcote87/esign"
	oauth2jwt "golang.org/x/oauth2/jwt"
)

// Flawed: extended is for the code grant only (DS401).
func jwtExtended(key []byte, integrationKey, userID string) *oauth2jwt.Config {
	return &oauth2jwt.Config{
		Email:      integrationKey,
		Subject:    userID,
		PrivateKey: key,
		Scopes:     []string{"signature", "impersonation", "extended"},
		Audience:   "account.docusign.com",
		TokenURL:   endpoint.TokenURL,
	}
}

// Flawed: no impersonation, DocuSign answers consent_required (DS403).
func jwtNoImpersonation(key []byte, integrationKey, userID string) *oauth2jwt.Config {
	return &oauth2jwt.Config{
		Email:      integrationKey,
		Subject:    userID,
		PrivateKey: key,
		Scopes:     []string{"signature"},
		Audience:   "account.docusign.com",
		TokenURL:   endpoint.TokenURL,
	}
}

// jwtCfg is esign's JWT configuration; the environment picks demo or production.
var jwtCfg = &esign.JWTConfig{
	IntegratorKey: os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	KeyPairID:     os.Getenv("DOCUSIGN_KEYPAIR_ID"),
	PrivateKey:    os.Getenv("DOCUSIGN_PRIVATE_KEY"),
	AccountID:     os.Getenv("DOCUSIGN_ACCOUNT_ID"),
	IsDemo:        os.Getenv("DOCUSIGN_ENV") == "demo",
}

// Correct: esign adds impersonation itself.
func esignCredential(userID string) (*esign.OAuth2Credential, error) {
	return jwtCfg.Credential(userID, nil, nil, "signature")
}

// Flawed: extended with the JWT grant (DS401).
func esignCredentialExtended(userID string) (*esign.OAuth2Credential, error) {
	return jwtCfg.Credential(userID, nil, nil, "signature", "extended")
}

// Correct: the consent URL asks for impersonation; its code is never exchanged.
func esignConsent(redirect string) string {
	return jwtCfg.UserConsentURL(redirect, "signature", "impersonation")
}

// Correct: the JWT consent URL built by hand.
func consentURL(redirect string) string {
	return "https://account.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=" +
		url.QueryEscape(os.Getenv("DOCUSIGN_INTEGRATION_KEY")) + "&redirect_uri=" + url.QueryEscape(redirect)
}

// codeCfg is esign's authorization code grant.
var codeCfg = &esign.OAuth2Config{
	IntegratorKey: os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	Secret:        os.Getenv("DOCUSIGN_SECRET"),
	RedirURL:      "https://app.example.com/oauth/esign",
	IsDemo:        os.Getenv("DOCUSIGN_ENV") == "demo",
}

// Flawed: impersonation in a code grant whose code is exchanged (DS402).
func esignLogin(state string) string {
	return codeCfg.AuthURL(state, "signature", "impersonation")
}

// esignCallback exchanges the code.
func esignCallback(ctx context.Context, code string) (*esign.OAuth2Credential, error) {
	return codeCfg.Exchange(ctx, code)
}

// Flawed: a misspelled scope in a hand-built assertion (DS405).
func assertionClaims(integrationKey, userID string, iat, exp int64) jwt.MapClaims {
	return jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   "account.docusign.com",
		"iat":   iat,
		"exp":   exp,
		"scope": "signature impersonaton",
	}
}
