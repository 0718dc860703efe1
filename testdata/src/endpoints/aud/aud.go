// Package aud: JWT aud values with scheme, path or trailing slash (DS103),
// in every library's aud position.
package aud

import (
	"time"

	josejwt "github.com/go-jose/go-jose/v4/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
	oauthjwt "golang.org/x/oauth2/jwt"
)

const prodAuth = "https://account.docusign.com/"

// A named constant is reported where it is used as aud, without a fix.
func Named() jwt.MapClaims {
	return jwt.MapClaims{"aud": prodAuth} // want `DS103: JWT aud "https://account\.docusign\.com/" has a scheme \(https://\) and a trailing slash \(invalid_grant\)`
}

func MapClaims() jwt.MapClaims {
	return jwt.MapClaims{
		"aud": "https://account-d.docusign.com", // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS103: JWT aud "https://account-d\.docusign\.com" has a scheme`
		"exp": time.Now().Add(time.Hour).Unix(),
	}
}

func Assigned(c jwt.MapClaims) {
	c["aud"] = "account-d.docusign.com/oauth/token" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS103: .* has a path \(/oauth/token\)`
}

func Registered() jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Audience: jwt.ClaimStrings{"account-d.docusign.com/"}} // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS103: .* has a trailing slash`
}

func Standard() jwt4.StandardClaims {
	return jwt4.StandardClaims{Audience: "https://account-d.docusign.com:443"} // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS103: .* has a scheme \(https://\) and a port`
}

func Jwx() (jwxjwt.Token, error) {
	return jwxjwt.NewBuilder().Audience([]string{"https://account-d.docusign.com"}).Build() // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS103: JWT aud`
}

func JwxSet(t jwxjwt.Token) error {
	return t.Set(jwxjwt.AudienceKey, "https://account-d.docusign.com") // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS103: JWT aud`
}

func Jose() josejwt.Claims {
	return josejwt.Claims{Audience: josejwt.Audience{"https://account-d.docusign.com"}} // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS103: JWT aud`
}

func OAuth2JWT() *oauthjwt.Config {
	return &oauthjwt.Config{Audience: "https://account-d.docusign.com", TokenURL: "https://account-d.docusign.com/oauth/token"} // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS103: JWT aud`
}

// Correct: the bare host, in every form.
func Good() (jwt.MapClaims, jwt.RegisteredClaims, *oauthjwt.Config) {
	return jwt.MapClaims{"aud": "account-d.docusign.com"}, // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
		jwt.RegisteredClaims{Audience: jwt.ClaimStrings{"account.docusign.com"}},
		&oauthjwt.Config{Audience: "account-d.docusign.com", TokenURL: "https://account-d.docusign.com/oauth/token"} // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded` `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
}

// Not DocuSign: an app's own audience keeps its URL form.
func Other() jwt.MapClaims {
	return jwt.MapClaims{"aud": "https://api.example.com/"}
}

// An aud that is not an auth server (an API host) is not DS103's concern.
func APIHost() jwt.MapClaims {
	return jwt.MapClaims{"aud": "https://api.docusign.net/management"}
}

// The aud held in a local variable: reported (and fixed) where it is defined.
func localAud(ik, uid string) jwt.MapClaims {
	aud := "https://account.docusign.com" // want `DS103: JWT aud "https://account\.docusign\.com" has a scheme`
	return jwt.MapClaims{"iss": ik, "sub": uid, "aud": aud}
}

// A variable assigned twice is not followed.
func reassignedAud(ik string, prod bool) jwt.MapClaims {
	aud := "account-d.docusign.com"
	if prod {
		aud = "account.docusign.com"
	}
	return jwt.MapClaims{"iss": ik, "aud": aud}
}
