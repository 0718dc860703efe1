// Package customclaims: scope claims of custom claims structs and jwx tokens.
package customclaims

import (
	"github.com/golang-jwt/jwt/v5"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"
)

type assertion struct {
	Scope string `json:"scope"`
	jwt.RegisteredClaims
}

func build(ik string) assertion {
	return assertion{
		Scope:            "signature", // want `DS403: JWT scope claim requests no "impersonation" scope`
		RegisteredClaims: jwt.RegisteredClaims{Issuer: ik, Audience: jwt.ClaimStrings{"account-d.docusign.com"}},
	}
}

func buildOK(ik string) assertion {
	return assertion{
		Scope:            "signature impersonation",
		RegisteredClaims: jwt.RegisteredClaims{Issuer: ik, Audience: jwt.ClaimStrings{"account-d.docusign.com"}},
	}
}

func set(tok jwx.Token) error {
	return tok.Set("scope", "signature;impersonation") // want `DS404: scopes "signature;impersonation" in JWT scope claim joined with ";"`
}

func setOK(tok jwx.Token) error {
	return tok.Set("scope", "signature impersonation")
}
