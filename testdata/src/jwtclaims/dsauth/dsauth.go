// Package dsauth builds DocuSign JWT assertions in claim structs of its own
// and signs them with package appsign's helpers: it imports no JWT library
// and no encoding/json, and its claims are judged as if appsign's signers
// were its own (see jwtclaims/ownsigner).
package dsauth

import (
	"crypto/rsa"
	"io"
	"time"

	"jwtclaims/appsign"
)

const authHost = "account-d.docusign.com"

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

// noExp has no exp field at all, and its iat is in milliseconds.
func noExp(key *rsa.PrivateKey, ik, user string) (string, error) {
	c := assertion{ // want `DS301: DocuSign JWT assertion has no exp`
		Iss:   ik,
		Sub:   user,
		Aud:   authHost,
		Iat:   time.Now().UnixMilli(), // want `DS304: iat is in milliseconds`
		Scope: "signature impersonation",
	}
	return appsign.Sign(key, c)
}

// noExpMethod signs through the method of appsign's Signer.
func noExpMethod(s *appsign.Signer, ik, user string) (string, error) {
	return s.Sign(assertion{Iss: ik, Sub: user, Aud: authHost, Iat: time.Now().Unix(), Scope: "signature impersonation"}) // want `DS301: DocuSign JWT assertion has no exp`
}

// dayLong's exp is a day after iat, signed as golang-jwt MapClaims.
func dayLong(key *rsa.PrivateKey, ik, user string) (string, error) {
	now := time.Now()
	return appsign.SignMap(key, timedAssertion{
		Iss:   ik,
		Sub:   user,
		Aud:   authHost,
		Iat:   now.Unix(),
		Exp:   now.Add(24 * time.Hour).Unix(), // want `DS303: exp is 24h after iat`
		Scope: "signature impersonation",
	})
}

// unitless adds 3600 nanoseconds: exp is iat.
func unitless(key *rsa.PrivateKey, ik, user string) (string, error) {
	now := time.Now()
	return appsign.SignSplit(key, timedAssertion{
		Iss:   ik,
		Sub:   user,
		Aud:   authHost,
		Iat:   now.Unix(),
		Exp:   now.Add(3600).Unix(), // want `DS303: exp adds a number without a time unit`
		Scope: "signature impersonation",
	})
}

// hourLong is dayLong with its exp right.
func hourLong(key *rsa.PrivateKey, ik, user string) (string, error) {
	now := time.Now()
	return appsign.SignMap(key, timedAssertion{Iss: ik, Sub: user, Aud: authHost, Iat: now.Unix(), Exp: now.Add(time.Hour).Unix(), Scope: "signature impersonation"})
}

// webhook MACs the same claims as noExp for a webhook: no JWT is signed.
func webhook(secret []byte, ik, user string) (string, error) {
	c := assertion{Iss: ik, Sub: user, Aud: authHost, Iat: time.Now().UnixMilli(), Scope: "signature impersonation"}
	return appsign.WebhookSignature(secret, c)
}

// saved writes them to a file.
func saved(w io.Writer, ik, user string) error {
	return appsign.Save(w, assertion{Iss: ik, Sub: user, Aud: authHost, Iat: time.Now().UnixMilli(), Scope: "signature impersonation"})
}

// logged signs a right assertion and prints another claim set, which
// SignLogged does not sign.
func logged(key *rsa.PrivateKey, ik, user string) (string, error) {
	now := time.Now()
	return appsign.SignLogged(key,
		timedAssertion{Iss: ik, Sub: user, Aud: authHost, Iat: now.Unix(), Exp: now.Add(time.Hour).Unix(), Scope: "signature impersonation"},
		assertion{Iss: ik, Sub: user, Aud: authHost, Iat: now.UnixMilli(), Scope: "signature impersonation"})
}

type sessionClaims struct {
	Sub string `json:"sub"`
	Aud string `json:"aud"`
	Iat int64  `json:"iat"`
}

// session is the application's own token for its API, after a DocuSign
// login: its aud is not DocuSign's.
func session(key *rsa.PrivateKey, user string) (string, error) {
	_ = authHost
	return appsign.Sign(key, sessionClaims{Sub: user, Aud: "api.example.com", Iat: time.Now().UnixMilli()})
}
