// Package jwxdeferred builds jwx tokens whose signing is left to a helper
// (sign): no function here both builds and signs, so the builder chain's
// own claims (an impersonation scope, an aud constant of another package,
// an aud of the application's own API) attribute the token.
package jwxdeferred

import (
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"

	"jwtclaims/jwxdeferred/hosts"
)

var key any

func sign(tok jwt.Token) ([]byte, error) { return jwt.Sign(tok, jwt.WithKey(jwa.RS256, key)) }

// deferred is queued and posted later: its aud is the caller's, its scope
// asks for impersonation.
func deferred(ik, userID, aud string) ([]byte, error) {
	now := time.Now()
	tok, err := jwt.NewBuilder().
		Issuer(ik).
		Subject(userID).
		Audience([]string{aud}).
		IssuedAt(now).
		NotBefore(now.Add(10*time.Minute)). // want `DS302: nbf is 10m in the future`
		Expiration(now.Add(time.Hour)).
		Claim("scope", "signature impersonation").
		Build()
	if err != nil {
		return nil, err
	}
	return sign(tok)
}

// deferredNow is deferred with an nbf of now: not reported.
func deferredNow(ik, userID, aud string) ([]byte, error) {
	now := time.Now()
	tok, err := jwt.NewBuilder().
		Issuer(ik).
		Subject(userID).
		Audience([]string{aud}).
		IssuedAt(now).
		NotBefore(now).
		Expiration(now.Add(time.Hour)).
		Claim("scope", "signature impersonation").
		Build()
	if err != nil {
		return nil, err
	}
	return sign(tok)
}

// prodHost names the account server through another package's constant.
func prodHost(ik, userID string) ([]byte, error) {
	now := time.Now()
	tok, err := jwt.NewBuilder().
		Issuer(ik).
		Subject(userID).
		Audience([]string{hosts.ProdAuthHost}).
		IssuedAt(now).
		NotBefore(now.Add(10 * time.Minute)). // want `DS302: nbf is 10m in the future`
		Expiration(now.Add(time.Hour)).
		Build()
	if err != nil {
		return nil, err
	}
	return sign(tok)
}

// prodHostPast is prodHost with an nbf a minute back: not reported.
func prodHostPast(ik, userID string) ([]byte, error) {
	now := time.Now()
	tok, err := jwt.NewBuilder().
		Issuer(ik).
		Subject(userID).
		Audience([]string{hosts.ProdAuthHost}).
		IssuedAt(now).
		NotBefore(now.Add(-time.Minute)).
		Expiration(now.Add(time.Hour)).
		Build()
	if err != nil {
		return nil, err
	}
	return sign(tok)
}

// overStatements builds over several statements from a builder variable:
// the chain that builds it sees the scope set before.
func overStatements(ik, userID, aud string) ([]byte, error) {
	now := time.Now()
	b := jwt.NewBuilder().Claim("scope", "signature impersonation")
	b.Issuer(ik).Subject(userID).Audience([]string{aud})
	tok, err := b.IssuedAt(now).
		NotBefore(now.Add(time.Hour)). // want `DS302: nbf is 1h in the future`
		Expiration(now.Add(time.Hour)).
		Build()
	if err != nil {
		return nil, err
	}
	return sign(tok)
}

// session is the application's own session token, built the same way
// once a login at the DocuSign account server succeeded: its aud is the
// application's API and it asks for no DocuSign scope, so its nbf is not
// judged although the function names a DocuSign host.
func session(userID, loginHost string) ([]byte, error) {
	if loginHost != "account.docusign.com" {
		return nil, nil
	}
	now := time.Now()
	tok, err := jwt.NewBuilder().
		Issuer("signflow").
		Subject(userID).
		Audience([]string{"api.example.com"}).
		IssuedAt(now).
		NotBefore(now.Add(10 * time.Minute)).
		Expiration(now.Add(time.Hour)).
		Build()
	if err != nil {
		return nil, err
	}
	return sign(tok)
}
