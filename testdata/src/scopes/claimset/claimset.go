// Package claimset: the scope claim of hand-built JWT grant assertions.
package claimset

import (
	"strings"
	"time"

	"github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"
)

const aud = "account-d.docusign.com"

func good(ik, user string) jwt.MapClaims {
	return jwt.MapClaims{"iss": ik, "sub": user, "aud": aud, "scope": "signature impersonation", "exp": time.Now().Add(time.Hour).Unix()}
}

func missing(ik, user string) jwt.MapClaims {
	return jwt.MapClaims{"iss": ik, "sub": user, "aud": aud, "scope": "signature"} // want `DS403: JWT scope claim requests no "impersonation" scope \(consent_required\)`
}

func extended(ik string) jwt.MapClaims {
	return jwt.MapClaims{"iss": ik, "aud": aud, "scope": "signature impersonation extended"} // want `DS401: "extended" scope in JWT scope claim`
}

func comma(ik string) jwt.MapClaims {
	return jwt.MapClaims{"iss": ik, "aud": aud, "scope": "signature,impersonation"} // want `DS404: scopes "signature,impersonation" in JWT scope claim joined with "," \(invalid_scope\)`
}

func typo(ik string) jwt.MapClaims {
	return jwt.MapClaims{"iss": ik, "aud": aud, "scope": "signature impersonaton"} // want `DS405: unknown scope "impersonaton" in JWT scope claim \(invalid_scope; meant "impersonation"\?\)`
}

var assertionScopes = []string{"signature", "impersonation"}

func joined(ik string) jwt.MapClaims {
	return jwt.MapClaims{"iss": ik, "aud": aud, "scope": strings.Join(assertionScopes, ",")} // want `DS404: scopes of the JWT scope claim joined with "," \(invalid_scope\)`
}

func joinedOK(ik string) jwt.MapClaims {
	return jwt.MapClaims{"iss": ik, "aud": aud, "scope": strings.Join(assertionScopes, " ")}
}

func assigned(c jwt.MapClaims) {
	c["scope"] = "signature" // want `DS403: JWT scope claim requests no "impersonation" scope`
}

func builder(ik string) (jwx.Token, error) {
	return jwx.NewBuilder().Issuer(ik).Audience([]string{aud}).Claim("scope", "signature extended impersonation").Build() // want `DS401: "extended" scope in JWT scope claim`
}

// session is the application's own token: no DocuSign aud, no DocuSign
// scope names; never checked.
func session(user string) jwt.MapClaims {
	return jwt.MapClaims{"sub": user, "aud": "app.example.com", "scope": "read,write admin"}
}

// body is a JSON body, not a claim set.
func body() map[string]any {
	return map[string]any{"scope": "signature"}
}

func plainAssigned(ik string) map[string]any {
	claims := map[string]any{"iss": ik, "aud": aud}
	claims["scope"] = "signature" // want `DS403: JWT scope claim requests no "impersonation" scope`
	return claims
}

// form is a request body, not a claim set.
func form() map[string]any {
	body := map[string]any{}
	body["scope"] = "signature"
	return body
}

// go-jose: registered claims and the private "scope" claim in two Claims
// calls; the map holds nothing but scope and is still a claim set.
func joseAssertion(sig jose.Signer, ik string) (string, error) {
	std := josejwt.Claims{Issuer: ik, Audience: josejwt.Audience{aud}}
	return josejwt.Signed(sig).Claims(std).Claims(map[string]any{"scope": "signature impersonation extended"}).Serialize() // want `DS401: "extended" scope in JWT scope claim`
}
