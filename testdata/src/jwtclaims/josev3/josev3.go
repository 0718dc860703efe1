// Package josev3 builds DocuSign JWT grant assertions with go-jose/v3.
package josev3

import (
	"time"

	"github.com/go-jose/go-jose/v3"
	"github.com/go-jose/go-jose/v3/jwt"
)

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b"
	userID         = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
)

var key any

type scoped struct {
	Scope string `json:"scope"`
}

func signer() jose.Signer {
	sig, _ := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key}, nil)
	return sig
}

func noExp() (string, error) {
	c := jwt.Claims{Issuer: integrationKey, Subject: userID, Audience: jwt.Audience{"account.docusign.com"}, IssuedAt: jwt.NewNumericDate(time.Now())} // want `DS301: DocuSign JWT assertion has no exp`
	return jwt.Signed(signer()).Claims(c).Claims(scoped{"signature impersonation"}).CompactSerialize()
}

func good() (string, error) {
	now := time.Now()
	c := jwt.Claims{
		Issuer:   integrationKey,
		Subject:  userID,
		Audience: jwt.Audience{"account.docusign.com"},
		IssuedAt: jwt.NewNumericDate(now),
		Expiry:   jwt.NewNumericDate(now.Add(time.Hour)),
	}
	return jwt.Signed(signer()).Claims(c).Claims(scoped{"signature impersonation"}).CompactSerialize()
}

func expInSecondClaims() (string, error) {
	now := time.Now()
	c := jwt.Claims{Issuer: integrationKey, Subject: userID, Audience: jwt.Audience{"account.docusign.com"}, IssuedAt: jwt.NewNumericDate(now)}
	extra := map[string]any{"exp": now.Add(time.Hour).Unix(), "scope": "signature impersonation"}
	return jwt.Signed(signer()).Claims(c).Claims(extra).CompactSerialize()
}

func badValues() (string, error) {
	now := time.Now()
	c := &jwt.Claims{
		Issuer:    integrationKey,
		Subject:   "svc-account", // want `DS305: sub is not a DocuSign user ID GUID`
		Audience:  jwt.Audience{"account.docusign.com"},
		IssuedAt:  jwt.NewNumericDate(now.Add(time.Minute)),      // want `DS304: iat is 1m in the future`
		NotBefore: jwt.NewNumericDate(now.Add(time.Minute)),      // want `DS302: nbf is 1m in the future`
		Expiry:    jwt.NewNumericDate(now.Add(90 * time.Minute)), // want `DS303: exp is 90m after now \(no effect`
	}
	return jwt.Signed(signer()).Claims(c).CompactSerialize()
}

func builderVar(b jwt.Builder) (string, error) {
	// The builder comes from elsewhere: earlier Claims calls are unknown.
	c := jwt.Claims{Audience: jwt.Audience{"account.docusign.com"}}
	return b.Claims(c).CompactSerialize()
}
