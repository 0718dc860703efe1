// Command unresolved is a DocuSign example app whose settings package does
// not resolve (no module provides it), as in DocuSign's own example app:
// the package does not type-check, and dslint still reports every flaw
// below that it can judge from the code that is there.
package main

import (
	"fmt"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"example.org/notexist/settings"
)

// authServer is the demo auth server, shipped to production (DS101).
const authServer = "https://account-d.docusign.com"

// assertion sets aud with a scheme and a trailing slash (DS103).
func assertion(integrationKey, userID string) jwt.MapClaims {
	now := time.Now()
	return jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   "https://account-d.docusign.com/",
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
		"scope": settings.Scopes,
	}
}

// implicitURL asks for extended in an implicit grant (DS401).
func implicitURL() string {
	return authServer + "/oauth/auth?response_type=token&scope=signature%20extended&client_id=" + settings.IntegrationKey
}

// legacyRequest authenticates with the retired legacy header (DS601).
func legacyRequest(accountID string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, settings.BaseURI+"/v2.1/accounts/"+accountID, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-DocuSign-Authentication", settings.Credentials())
	return req, nil
}

func main() {
	key, err := jwt.ParseRSAPrivateKeyFromPEM([]byte(privateKey))
	if err != nil {
		panic(err)
	}
	token, err := jwt.NewWithClaims(jwt.SigningMethodRS256, assertion(settings.IntegrationKey, settings.UserID)).SignedString(key)
	fmt.Println(token, err, implicitURL())
	_, _ = legacyRequest(settings.AccountID)
}
