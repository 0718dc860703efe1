// Package taggedclaims hand-rolls DocuSign assertions from json-tagged
// structs (encoding/json, then crypto/rsa): the scope field is the JWT scope
// claim. A struct that is not a claim set is not checked.
package taggedclaims

import (
	"encoding/json"
	"time"
)

type assertion struct {
	Iss   string `json:"iss"`
	Sub   string `json:"sub"`
	Aud   string `json:"aud"`
	Iat   int64  `json:"iat"`
	Exp   int64  `json:"exp"`
	Scope string `json:"scope"`
}

func comma(ik, user string) ([]byte, error) {
	now := time.Now()
	return json.Marshal(assertion{Iss: ik, Sub: user, Aud: "account-d.docusign.com", Iat: now.Unix(), Exp: now.Add(time.Hour).Unix(),
		Scope: "signature,impersonation"}) // want `DS404: scopes "signature,impersonation" in JWT scope claim joined with ","`
}

func extended(ik, user string) ([]byte, error) {
	now := time.Now()
	return json.Marshal(assertion{Iss: ik, Sub: user, Aud: "account-d.docusign.com", Iat: now.Unix(), Exp: now.Add(time.Hour).Unix(),
		Scope: "signature extended"}) // want `DS401: "extended" scope in JWT scope claim` `DS403: JWT scope claim requests no "impersonation" scope`
}

func good(ik, user string) ([]byte, error) {
	now := time.Now()
	return json.Marshal(assertion{Iss: ik, Sub: user, Aud: "account-d.docusign.com", Iat: now.Unix(), Exp: now.Add(time.Hour).Unix(), Scope: "signature impersonation"})
}

// An OAuth token response (access_token, scope) is not a claim set.
type tokenResponse struct {
	AccessToken string `json:"access_token"`
	Scope       string `json:"scope"`
	ExpiresIn   int    `json:"expires_in"`
}

func fake() ([]byte, error) {
	return json.Marshal(tokenResponse{AccessToken: "x", Scope: "signature,extended", ExpiresIn: 3600})
}

const docs = "https://account-d.docusign.com"
