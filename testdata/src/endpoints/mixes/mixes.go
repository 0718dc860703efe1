// Package mixes: demo and production values in one configuration (DS102).
package mixes

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	oauthjwt "golang.org/x/oauth2/jwt"
)

func Mixed(key []byte) *oauthjwt.Config {
	return &oauthjwt.Config{
		Email:      "f0e1d2c3-0000-4000-8000-000000000000",
		Subject:    "a1b2c3d4-0000-4000-8000-000000000000", // want `DS106: jwt.Config.Subject hardcodes`
		PrivateKey: key,
		Audience:   "account-d.docusign.com", // want `DS102: demo host account-d\.docusign\.com and production host account\.docusign\.com in one config`
		TokenURL:   "https://account.docusign.com/oauth/token",
		Scopes:     []string{"signature", "impersonation"},
	}
}

func Consistent(key []byte) *oauthjwt.Config {
	return &oauthjwt.Config{
		PrivateKey: key,
		Audience:   "account.docusign.com",
		TokenURL:   "https://account.docusign.com/oauth/token",
	}
}

// A hand-rolled JWT grant: the assertion's aud is demo, the POST goes to production.
func HandRolled(key any) (*http.Response, error) {
	claims := jwt.MapClaims{
		"iss": "f0e1d2c3-0000-4000-8000-000000000000",
		"aud": "account-d.docusign.com", // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS102: JWT aud account-d\.docusign\.com is sent to the token endpoint at account\.docusign\.com`
	}
	assertion, err := jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
	if err != nil {
		return nil, err
	}
	form := url.Values{"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"}, "assertion": {assertion}}
	return http.Post("https://account.docusign.com/oauth/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// Both environments in one function, chosen by a flag: a switch, not a mix.
func Switched(key any, prod bool) (*http.Response, error) {
	aud, tokenURL := "account-d.docusign.com", "https://account-d.docusign.com/oauth/token"
	if prod {
		aud, tokenURL = "account.docusign.com", "https://account.docusign.com/oauth/token"
	}
	assertion, err := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"aud": aud}).SignedString(key)
	if err != nil {
		return nil, err
	}
	return http.PostForm(tokenURL, url.Values{"assertion": {assertion}})
}

// The same mix through named constants: a production aud, a demo token
// endpoint.
const (
	prodAudience = "account.docusign.com"
	demoAuthBase = "https://account-d.docusign.com" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
	demoTokenURL = demoAuthBase + "/oauth/token"
)

func ThroughConsts(key any) (*http.Response, error) {
	claims := jwt.RegisteredClaims{Audience: jwt.ClaimStrings{prodAudience}} // want `DS102: JWT aud account\.docusign\.com is sent to the token endpoint at account-d\.docusign\.com`
	assertion, err := jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
	if err != nil {
		return nil, err
	}
	return http.PostForm(demoTokenURL, url.Values{"assertion": {assertion}})
}

// The token endpoint built from a constant base: the same mix.
func ThroughBase(key any) (*http.Response, error) {
	assertion, err := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"aud": prodAudience}).SignedString(key) // want `DS102: JWT aud account\.docusign\.com is sent to the token endpoint at account-d\.docusign\.com`
	if err != nil {
		return nil, err
	}
	return http.PostForm(demoAuthBase+"/oauth/token", url.Values{"assertion": {assertion}})
}

// Constants of both environments chosen by a flag: a switch, not a mix.
const prodTokenURL = "https://account.docusign.com/oauth/token"

func SwitchedConsts(key any, prod bool) (*http.Response, error) {
	tokenURL := demoTokenURL
	if prod {
		tokenURL = prodTokenURL
	}
	assertion, err := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"aud": prodAudience}).SignedString(key)
	if err != nil {
		return nil, err
	}
	return http.PostForm(tokenURL, url.Values{"assertion": {assertion}})
}
