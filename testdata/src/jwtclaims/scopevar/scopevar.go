// Package scopevar takes its DocuSign hosts from configuration, and its
// scopes from package variables: the impersonation scope in them (read
// through strings.Join too) marks the JWT grant, as it would written inline.
// A variable reassigned somewhere is not read for its initializer.
package scopevar

import (
	"context"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
	jwtcfg "golang.org/x/oauth2/jwt"
)

// Scopes of the DocuSign JWT grant.
var Scopes = []string{"signature", "impersonation"}

// Plain may be switched to the DocuSign scopes at start-up.
var Plain = []string{"openid"}

func init() {
	if strings.Contains(strings.Join(Plain, " "), "docusign") {
		Plain = Scopes
	}
}

func TokenSource(ctx context.Context, ik, user, authHost string, key []byte) oauth2.TokenSource {
	cfg := &jwtcfg.Config{
		Email:      ik,
		Subject:    user,
		PrivateKey: key,
		Scopes:     Scopes,
		TokenURL:   "https://" + authHost + "/oauth/token", // want `^DS306: jwt\.Config has no Audience`
	}
	return cfg.TokenSource(ctx)
}

func Plainly(ctx context.Context, ik, user, authHost string, key []byte) oauth2.TokenSource {
	cfg := &jwtcfg.Config{Email: ik, Subject: user, PrivateKey: key, Scopes: Plain, TokenURL: "https://" + authHost + "/oauth/token"}
	return cfg.TokenSource(ctx)
}

func Assertion(ik, user, authServer string, now time.Time) *jwt.Token {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{ // want `^DS301: DocuSign JWT assertion has no exp claim`
		"iss":   ik,
		"sub":   user,
		"aud":   authServer,
		"iat":   now.Unix(),
		"scope": strings.Join(Scopes, " "),
	})
}

func PlainAssertion(ik, user, authServer string, now time.Time) *jwt.Token {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"iss": ik, "sub": user, "aud": authServer, "iat": now.Unix(), "scope": strings.Join(Plain, " ")})
}
