// Package assertionclaims: DS106 decides whose claims a GUID sub is in with
// jwtclaims' test (evidence.Assertion). A claim set asking for the
// impersonation scope is a DocuSign assertion wherever its aud comes from
// (it was missed outside functions naming a DocuSign host); an iss naming
// the application itself marks its own token, also in a function that
// names a DocuSign host (it was reported). Each with its twin.
package assertionclaims

import "github.com/golang-jwt/jwt/v5"

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b"
	userGUID       = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
	tokenURL       = "https://account.docusign.com/oauth/token"
)

var key any

func impersonating(aud string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   userGUID, // want `DS106: JWT sub hardcodes`
		"aud":   aud,
		"scope": "signature impersonation",
	}).SignedString(key)
}

func unscoped(aud string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{
		"iss": integrationKey,
		"sub": userGUID,
		"aud": aud,
	}).SignedString(key)
}

func ownIssuer(aud string) (string, string, error) {
	tok, err := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{
		"iss": "dashboard",
		"sub": userGUID,
		"aud": aud,
	}).SignedString(key)
	return tok, tokenURL, err
}

func integrationKeyIssuer(aud string) (string, string, error) {
	tok, err := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{
		"iss": integrationKey,
		"sub": userGUID, // want `DS106: JWT sub hardcodes`
		"aud": aud,
	}).SignedString(key)
	return tok, tokenURL, err
}
