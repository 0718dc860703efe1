package pemkey

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

// Correct: the private key is read from a file named by configuration.
func loadKey() (*rsa.PrivateKey, error) {
	data, err := os.ReadFile(os.Getenv("DOCUSIGN_PRIVATE_KEY_FILE"))
	if err != nil {
		return nil, err
	}
	return jwt.ParseRSAPrivateKeyFromPEM(data)
}

// Correct: the same with the standard library, PKCS#1 or PKCS#8.
func parseKey(data []byte) (*rsa.PrivateKey, error) {
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, errors.New("docusign key: no PEM block")
	}
	if k, err := x509.ParsePKCS1PrivateKey(block.Bytes); err == nil {
		return k, nil
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	rk, ok := k.(*rsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("docusign key: %T is not an RSA key", k)
	}
	return rk, nil
}

// Flawed: the client secret is a literal in source (DS203).
var codeGrant = &oauth2.Config{
	ClientID:     "7c2b8d31-0f4e-4a7b-9d5c-2e1f6a8b3c90",
	ClientSecret: "e5a4c1b2-9f7d-4e3a-b6c8-1d2f3a4b5c6d",
	RedirectURL:  "https://app.example.com/oauth/callback",
	Scopes:       []string{"signature"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://account.docusign.com/oauth/auth",
		TokenURL: "https://account.docusign.com/oauth/token",
	},
}

// Correct: the client secret comes from the environment.
var envGrant = &oauth2.Config{
	ClientID:     os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	ClientSecret: os.Getenv("DOCUSIGN_SECRET"),
	RedirectURL:  "https://app.example.com/oauth/callback",
	Scopes:       []string{"signature"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://account.docusign.com/oauth/auth",
		TokenURL: "https://account.docusign.com/oauth/token",
	},
}
