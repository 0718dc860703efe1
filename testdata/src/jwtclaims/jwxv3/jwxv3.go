// Package jwxv3 builds DocuSign JWT grant assertions with lestrrat-go/jwx/v3.
package jwxv3

import (
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b"
	userID         = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
)

var key any

func noExp() ([]byte, error) {
	tok, err := jwt.NewBuilder(). // want `DS301: DocuSign JWT assertion has no exp`
					Issuer(integrationKey).
					Subject(userID).
					Audience([]string{"account-d.docusign.com"}).
					IssuedAt(time.Now()).
					Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256(), key))
}

func good() ([]byte, error) {
	now := time.Now()
	tok, err := jwt.NewBuilder().
		Issuer(integrationKey).
		Subject(userID).
		Audience([]string{"account-d.docusign.com"}).
		IssuedAt(now).
		Expiration(now.Add(time.Hour)).
		Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256(), key))
}

func overStatements() ([]byte, error) {
	now := time.Now()
	b := jwt.NewBuilder().Issuer(integrationKey).Subject(userID)
	b.Audience([]string{"account-d.docusign.com"})
	b.IssuedAt(now)
	b.Expiration(now.Add(-time.Minute)) // want `DS303: exp is 1m ago, not in the future`
	tok, err := b.Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256(), key))
}

func withSet() ([]byte, error) {
	now := time.Now()
	tok := jwt.New()
	_ = tok.Set(jwt.IssuerKey, integrationKey)
	_ = tok.Set(jwt.SubjectKey, "someone@example.com") // want `DS305: sub is an email address`
	_ = tok.Set(jwt.AudienceKey, []string{"account-d.docusign.com"})
	_ = tok.Set(jwt.IssuedAtKey, now)
	_ = tok.Set(jwt.ExpirationKey, now.Add(time.Hour))
	_ = tok.Set(jwt.NotBeforeKey, now.Add(time.Hour)) // want `DS302: nbf is 1h in the future`
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256(), key))
}

func setMissingExp() ([]byte, error) {
	tok := jwt.New() // want `DS301: DocuSign JWT assertion has no exp`
	_ = tok.Set(jwt.AudienceKey, "account-d.docusign.com")
	_ = tok.Set(jwt.IssuedAtKey, time.Now())
	signed, err := jwt.Sign(tok, jwt.WithKey(jwa.RS256(), key))
	_ = tok.Set(jwt.ExpirationKey, time.Now().Add(time.Hour)) // after signing: too late
	return signed, err
}

func finish(t jwt.Token) { _ = t.Set(jwt.ExpirationKey, time.Now().Add(time.Hour)) }

func setInHelper() ([]byte, error) {
	tok := jwt.New()
	_ = tok.Set(jwt.AudienceKey, "account-d.docusign.com")
	finish(tok) // may set exp: not reported
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256(), key))
}

// session is the application's own token: no DocuSign value, not checked.
func session(user string) ([]byte, error) {
	tok, _ := jwt.NewBuilder().Subject(user).IssuedAt(time.Now().Add(-3 * time.Hour)).Build()
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), key))
}
