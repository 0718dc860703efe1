// Package auth builds the JWT assertion of a DocuSign JWT grant: the
// fixture of the -fix, -diff, SARIF and GitHub output tests.
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const authServer = "https://account.docusign.com"

// Claims is the assertion for the production auth server.
func Claims(integrationKey, userID string) jwt.MapClaims {
	return jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   "https://account.docusign.com/",
		"iat":   time.Now().Unix(),
		"exp":   time.Now().Add(time.Hour).Unix(),
		"scope": "signature impersonation",
	}
}

// Registered is the same assertion with the registered claims struct.
func Registered(integrationKey string) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Issuer: integrationKey, Audience: jwt.ClaimStrings{"account.docusign.com/"}}
}
