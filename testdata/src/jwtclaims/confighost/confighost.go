// Package confighost takes the assertion's aud from a method of the
// application's config that switches between the demo and production auth
// hosts: the values the resolver gives it attribute the claims, with no
// DocuSign host written in the function.
package confighost

import (
	"crypto/rsa"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"
)

type config struct {
	demo bool
	ik   string
}

func (c config) authHost() string {
	if c.demo {
		return "account-d.docusign.com"
	}
	return "account.docusign.com"
}

// apiHost is the application's own API, switched the same way.
func (c config) apiHost() string {
	if c.demo {
		return "api.staging.example.com"
	}
	return "api.example.com"
}

type dsClaims struct {
	jwt.RegisteredClaims
	Scope string `json:"scope"`
}

func admin(cfg config, key *rsa.PrivateKey) (string, error) {
	now := time.Now()
	claims := dsClaims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    cfg.ik,
			Subject:   "contracts-admin@example.com", // want `DS305: sub is an email address`
			Audience:  jwt.ClaimStrings{cfg.authHost()},
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now.Add(5 * time.Minute)), // want `DS302: nbf is 5m in the future`
			ExpiresAt: jwt.NewNumericDate(now.Add(2 * time.Hour)),   // want `DS303: exp is 2h after iat`
		},
		Scope: "signature",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// api is the same token for the application's own API: not an assertion.
func api(cfg config, key *rsa.PrivateKey) (string, error) {
	now := time.Now()
	claims := dsClaims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    cfg.ik,
			Subject:   "contracts-admin@example.com",
			Audience:  jwt.ClaimStrings{cfg.apiHost()},
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now.Add(5 * time.Minute)),
			ExpiresAt: jwt.NewNumericDate(now.Add(2 * time.Hour)),
		},
		Scope: "signature",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// commaScope: aud from a parameter, but the scope asks for impersonation
// (in a list joined with a comma, which DocuSign rejects).
func commaScope(aud, ik string, key *rsa.PrivateKey) (string, error) {
	claims := dsClaims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    ik,
			Subject:   "contracts-admin@example.com", // want `DS305: sub is an email address`
			Audience:  jwt.ClaimStrings{aud},
			IssuedAt:  jwt.NewNumericDate(time.Now()),
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
		},
		Scope: "signature,impersonation",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// commaScopeOther is commaScope without impersonation: nothing says DocuSign.
func commaScopeOther(aud, ik string, key *rsa.PrivateKey) (string, error) {
	claims := dsClaims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    ik,
			Subject:   "contracts-admin@example.com",
			Audience:  jwt.ClaimStrings{aud},
			IssuedAt:  jwt.NewNumericDate(time.Now()),
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
		},
		Scope: "signature,read",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func archive(cfg config, key *rsa.PrivateKey) ([]byte, error) {
	tok, err := jwx.NewBuilder().
		Issuer(cfg.ik).
		Audience([]string{cfg.authHost()}).
		IssuedAt(time.Now().Add(-2*time.Hour)). // want `DS304: iat is 2h in the past`
		Expiration(time.Now().Add(30*time.Minute)).
		Claim("scope", "signature").
		Build()
	if err != nil {
		return nil, err
	}
	return jwx.Sign(tok, jwx.WithKey(jwa.RS256, key))
}

// archiveAPI is archive for the application's own API.
func archiveAPI(cfg config, key *rsa.PrivateKey) ([]byte, error) {
	tok, err := jwx.NewBuilder().
		Issuer(cfg.ik).
		Audience([]string{cfg.apiHost()}).
		IssuedAt(time.Now().Add(-2*time.Hour)).
		Expiration(time.Now().Add(30*time.Minute)).
		Claim("scope", "signature").
		Build()
	if err != nil {
		return nil, err
	}
	return jwx.Sign(tok, jwx.WithKey(jwa.RS256, key))
}
