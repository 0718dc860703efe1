// Package dsauth builds DocuSign JWT grant assertions in claim structs of
// its own and signs them with package appsign: it imports neither a JWT
// library nor encoding/json.
package dsauth

import (
	"crypto/rsa"
	"time"

	"dslint.test/integration/jwtclaims/appsign"
)

const authServer = "account.docusign.com"

type assertion struct {
	Iss   string `json:"iss"`
	Sub   string `json:"sub"`
	Aud   string `json:"aud"`
	Iat   int64  `json:"iat"`
	Scope string `json:"scope"`
}

type timedAssertion struct {
	Iss   string `json:"iss"`
	Sub   string `json:"sub"`
	Aud   string `json:"aud"`
	Iat   int64  `json:"iat"`
	Exp   int64  `json:"exp"`
	Scope string `json:"scope"`
}

// Assertion has no exp field, and its iat is in milliseconds.
func Assertion(key *rsa.PrivateKey, ik, user string) (string, error) {
	return appsign.Sign(key, assertion{Iss: ik, Sub: user, Aud: authServer, Iat: time.Now().UnixMilli(), Scope: "signature impersonation"})
}

// DayLong asks for a day.
func DayLong(key *rsa.PrivateKey, ik, user string) (string, error) {
	now := time.Now()
	c := timedAssertion{Iss: ik, Sub: user, Aud: authServer, Iat: now.Unix(), Exp: now.Add(24 * time.Hour).Unix(), Scope: "signature impersonation"}
	return appsign.Sign(key, c)
}

// HourLong is DayLong right.
func HourLong(key *rsa.PrivateKey, ik, user string) (string, error) {
	now := time.Now()
	return appsign.Sign(key, timedAssertion{Iss: ik, Sub: user, Aud: authServer, Iat: now.Unix(), Exp: now.Add(time.Hour).Unix(), Scope: "signature impersonation"})
}

// Notify MACs the claims of Assertion for a webhook: no JWT.
func Notify(secret []byte, ik, user string) (string, error) {
	return appsign.WebhookSignature(secret, assertion{Iss: ik, Sub: user, Aud: authServer, Iat: time.Now().UnixMilli(), Scope: "signature impersonation"})
}

type session struct {
	Sub string `json:"sub"`
	Aud string `json:"aud"`
	Iat int64  `json:"iat"`
}

// Session is the application's own token for its API after a DocuSign
// login: its aud is not DocuSign's.
func Session(key *rsa.PrivateKey, user string) (string, error) {
	_ = authServer
	return appsign.Sign(key, session{Sub: user, Aud: "api.example.com", Iat: time.Now().UnixMilli()})
}
