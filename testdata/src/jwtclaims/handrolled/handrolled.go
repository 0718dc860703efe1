// Package handrolled builds the DocuSign JWT assertion with the standard
// library only: the claims are marshalled with encoding/json and signed with
// crypto/rsa.
package handrolled

import (
	"encoding/json"
	"io"
	"time"
)

const authServer = "account-d.docusign.com"

func noExp(ik, user string) ([]byte, error) {
	claims := map[string]any{ // want `DS301: DocuSign JWT assertion has no exp`
		"iss":   ik,
		"sub":   user,
		"aud":   authServer,
		"iat":   time.Now().Unix(),
		"scope": "signature impersonation",
	}
	return json.Marshal(claims)
}

func good(ik, user string) ([]byte, error) {
	now := time.Now()
	claims := map[string]any{"iss": ik, "sub": user, "aud": authServer, "iat": now.Unix(), "scope": "signature impersonation"}
	claims["exp"] = now.Add(time.Hour).Unix()
	return json.Marshal(claims)
}

type jwtClaims struct {
	Iss   string `json:"iss"`
	Sub   string `json:"sub"`
	Aud   string `json:"aud"`
	Iat   int64  `json:"iat"`
	Exp   int64  `json:"exp,omitempty"`
	Scope string `json:"scope"`
}

func structClaims(ik string) ([]byte, error) {
	now := time.Now()
	return json.Marshal(jwtClaims{
		Iss: ik,
		Sub: "jane@example.com", // want `DS305: sub is an email address`
		Aud: authServer,
		Iat: now.UnixMilli(), // want `DS304: iat is in milliseconds`
		Exp: now.Add(time.Hour).Unix(),
	})
}

func structNoExp(ik, user string) ([]byte, error) {
	return json.Marshal(jwtClaims{Iss: ik, Sub: user, Aud: authServer, Iat: time.Now().Unix()}) // want `DS301: DocuSign JWT assertion has no exp`
}

// envelope is a REST payload that happens to have a "sub"-like key: not an
// assertion.
func envelope(user string) ([]byte, error) {
	_ = authServer
	return json.Marshal(map[string]any{"sub": "jane@example.com", "status": "sent"})
}

func encoded(w io.Writer, ik, user string) error {
	return json.NewEncoder(w).Encode(map[string]any{"iss": ik, "sub": user, "aud": authServer}) // want `DS301: DocuSign JWT assertion has no exp`
}
