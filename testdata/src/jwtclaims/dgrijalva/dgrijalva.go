// Package dgrijalva builds DocuSign JWT grant assertions with the archived
// github.com/dgrijalva/jwt-go.
package dgrijalva

import (
	"time"

	jwtgo "github.com/dgrijalva/jwt-go"
)

var key any

func noExp(ik, user string) (string, error) {
	c := &jwtgo.StandardClaims{Issuer: ik, Subject: user, Audience: "account-d.docusign.com", IssuedAt: time.Now().Unix()} // want `DS301: DocuSign JWT assertion has no exp`
	return jwtgo.NewWithClaims(jwtgo.SigningMethodRS256, c).SignedString(key)
}

func good(ik, user string) (string, error) {
	c := &jwtgo.StandardClaims{Issuer: ik, Subject: user, Audience: "account-d.docusign.com", IssuedAt: time.Now().Unix(), ExpiresAt: time.Now().Add(time.Hour).Unix()}
	return jwtgo.NewWithClaims(jwtgo.SigningMethodRS256, c).SignedString(key)
}

func mapClaims(ik, user string) (string, error) {
	tok := jwtgo.NewWithClaims(jwtgo.SigningMethodRS256, jwtgo.MapClaims{
		"iss": ik, "sub": user, "aud": "account-d.docusign.com",
		"iat": time.Now().Add(-90 * time.Minute).Unix(), // want `DS304: iat is 90m in the past`
		"exp": time.Now().Add(time.Hour).Unix(),         // measured from now, as iat is reported
	})
	return tok.SignedString(key)
}
