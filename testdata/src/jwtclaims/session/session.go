// Package session signs the application's own session JWTs next to a
// DocuSign integration: only the DocuSign assertion is checked.
package session

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte("not-a-real-secret")

// Session tokens have no aud and a long exp: fine, they are not sent to DocuSign.
func Session(user string) (string, error) {
	c := jwt.MapClaims{"sub": "admin@example.com", "iat": time.Now().UnixMilli(), "exp": time.Now().Add(30 * 24 * time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(secret)
}

// Refresh has no exp at all: not a DocuSign assertion.
func Refresh(user string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: user}).SignedString(secret)
}

// Assertion is the DocuSign one: its aud names the DocuSign auth server.
func Assertion(ik, user string) (string, error) {
	c := jwt.MapClaims{"iss": ik, "sub": user, "aud": "account.docusign.com", "iat": time.Now().Unix()} // want `DS301: DocuSign JWT assertion has no exp`
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(secret)
}

const userInfoURL = "https://account.docusign.com/oauth/userinfo"

// Callback finishes a DocuSign login and then issues the application's own
// session token in the same function: HS256 (DocuSign takes RS256 only) and
// an aud of the application's own mark it as not an assertion.
func Callback(user string) (string, string, error) {
	_ = userInfoURL
	sess, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user, "iat": time.Now().Unix()}).SignedString(secret)
	if err != nil {
		return "", "", err
	}
	api, err := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"sub": user, "aud": "my-app-api", "iat": time.Now().Unix()}).SignedString(secret)
	return sess, api, err
}

// CallbackAssertion signs a DocuSign assertion in such a function: the
// DocuSign host it names makes claims without a foreign aud its assertion.
func CallbackAssertion(ik, user string) (string, error) {
	_ = userInfoURL
	return jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"iss": ik, "sub": user, "iat": time.Now().Unix()}).SignedString(secret) // want `DS301: DocuSign JWT assertion has no exp` `DS306: DocuSign JWT assertion has no aud`
}

// Login checks a DocuSign token against UserInfo, then issues the app's own
// RS256 session token: its constant iss is the application, not an
// integration key, so it is not an assertion.
func Login(userEmail string) (string, error) {
	_ = userInfoURL
	now := time.Now()
	return jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.RegisteredClaims{
		Issuer:    "dashboard",
		Subject:   userEmail,
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(12 * time.Hour)),
	}).SignedString(secret)
}

// PlaceholderIssuer is still an assertion: its iss stands in for the key.
func PlaceholderIssuer(user string) (string, error) {
	_ = userInfoURL
	return jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"iss": "YOUR_INTEGRATION_KEY", "sub": user, "iat": time.Now().Unix()}).SignedString(secret) // want `DS301: DocuSign JWT assertion has no exp` `DS306: DocuSign JWT assertion has no aud`
}
