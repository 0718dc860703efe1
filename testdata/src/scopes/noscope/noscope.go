// Package noscope: DocuSign JWT assertions with no scope claim at all, and
// claim sets whose scope may still be set elsewhere.
package noscope

import (
	"encoding/json"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const aud = "account-d.docusign.com"

var method = jwt.SigningMethodRS256

func inline(ik, user string) *jwt.Token {
	return jwt.NewWithClaims(method, jwt.MapClaims{ // want `^DS403: DocuSign JWT assertion has no scope claim \(consent_required\)$`
		"iss": ik, "sub": user, "aud": aud, "iat": time.Now().Unix(), "exp": time.Now().Add(time.Hour).Unix(),
	})
}

func local(ik, user string) (string, error) {
	claims := jwt.MapClaims{"iss": ik, "sub": user, "aud": "account.docusign.com", "exp": time.Now().Add(time.Hour).Unix()} // want `^DS403: DocuSign JWT assertion has no scope claim`
	tok := jwt.NewWithClaims(method, claims)
	return tok.SignedString(nil)
}

func registered(ik string) *jwt.Token {
	return jwt.NewWithClaims(method, &jwt.RegisteredClaims{Issuer: ik, Audience: jwt.ClaimStrings{aud}}) // want `^DS403: DocuSign JWT assertion has no scope claim`
}

type assertion struct {
	Scope string `json:"scope"`
	jwt.RegisteredClaims
}

func customUnset(ik string) *jwt.Token {
	c := assertion{RegisteredClaims: jwt.RegisteredClaims{Issuer: ik, Audience: jwt.ClaimStrings{aud}}} // want `^DS403: DocuSign JWT assertion has no scope claim`
	return jwt.NewWithClaims(method, &c)
}

func handRolled(ik, user string) ([]byte, error) {
	return json.Marshal(map[string]any{"iss": ik, "sub": user, "aud": aud, "exp": time.Now().Add(time.Hour).Unix()}) // want `^DS403: DocuSign JWT assertion has no scope claim`
}

// Negative: the scope is added after the literal.
func addedLater(ik string) *jwt.Token {
	claims := jwt.MapClaims{"iss": ik, "aud": aud}
	claims["scope"] = "signature impersonation"
	return jwt.NewWithClaims(method, claims)
}

// Negative: a helper may add the scope.
func helperAdds(ik string) *jwt.Token {
	claims := jwt.MapClaims{"iss": ik, "aud": aud}
	withScope(claims)
	return jwt.NewWithClaims(method, claims)
}

func withScope(c jwt.MapClaims) { c["scope"] = "signature impersonation" }

// Negative: the set is returned; the caller may add the scope.
func returned(ik string) jwt.MapClaims {
	return jwt.MapClaims{"iss": ik, "aud": aud}
}

// Negative: aud from configuration is not known to be DocuSign's.
func configured(ik, audience string) *jwt.Token {
	return jwt.NewWithClaims(method, jwt.MapClaims{"iss": ik, "aud": audience})
}

// Negative: the application's own token.
func session(user string) *jwt.Token {
	return jwt.NewWithClaims(method, jwt.MapClaims{"sub": user, "aud": "app.example.com"})
}

type scp struct {
	Scopes string `json:"scp"`
	jwt.RegisteredClaims
}

// Negative: a scope under another name: whether DocuSign reads it is not
// for this rule to say.
func otherSpelling(ik string) *jwt.Token {
	return jwt.NewWithClaims(method, scp{RegisteredClaims: jwt.RegisteredClaims{Issuer: ik, Audience: jwt.ClaimStrings{aud}}})
}

type encoded struct{ jwt.RegisteredClaims }

func (encoded) MarshalJSON() ([]byte, error) {
	return []byte(`{"scope":"signature impersonation"}`), nil
}

// Negative: its own JSON encoding may add any claim.
func ownEncoding(ik string) *jwt.Token {
	return jwt.NewWithClaims(method, encoded{jwt.RegisteredClaims{Issuer: ik, Audience: jwt.ClaimStrings{aud}}})
}

func base(ik string) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Issuer: ik, Audience: jwt.ClaimStrings{aud}}
}

// Negative: the embedded claims come from a helper.
func opaque(ik string) *jwt.Token {
	return jwt.NewWithClaims(method, assertion{RegisteredClaims: base(ik)})
}

// Negative: a JSON body that is not a claim set (only aud).
func body() ([]byte, error) {
	return json.Marshal(map[string]any{"aud": aud})
}
