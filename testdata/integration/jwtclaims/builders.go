package jwtclaims

import (
	"crypto/rsa"
	"time"

	josev3 "github.com/go-jose/go-jose/v3"
	josejwtv3 "github.com/go-jose/go-jose/v3/jwt"
	"github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	jwav2 "github.com/lestrrat-go/jwx/v2/jwa"
	jwxv2 "github.com/lestrrat-go/jwx/v2/jwt"
	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

// Correct: a jwx v2 builder with every required claim.
func jwxV2Assertion(key *rsa.PrivateKey, integrationKey, userID string) ([]byte, error) {
	now := time.Now()
	tok, err := jwxv2.NewBuilder().
		Issuer(integrationKey).
		Subject(userID).
		Audience([]string{audience}).
		IssuedAt(now).
		Expiration(now.Add(time.Hour)).
		Claim("scope", "signature impersonation").
		Build()
	if err != nil {
		return nil, err
	}
	return jwxv2.Sign(tok, jwxv2.WithKey(jwav2.RS256, key))
}

// Correct: the same assertion with jwx v3.
func jwxV3Assertion(key *rsa.PrivateKey, integrationKey, userID string) ([]byte, error) {
	now := time.Now()
	tok, err := jwt.NewBuilder().
		Issuer(integrationKey).
		Subject(userID).
		Audience([]string{audience}).
		IssuedAt(now).
		Expiration(now.Add(time.Hour)).
		Claim("scope", "signature impersonation").
		Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256(), key))
}

// scoped adds DocuSign's scope claim to go-jose's registered claims.
type scoped struct {
	Scope string `json:"scope"`
}

// Correct: go-jose v4 claims with expiry.
func joseV4Assertion(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	sig, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key}, (&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		return "", err
	}
	now := time.Now()
	claims := josejwt.Claims{
		Issuer:   integrationKey,
		Subject:  userID,
		Audience: josejwt.Audience{audience},
		IssuedAt: josejwt.NewNumericDate(now),
		Expiry:   josejwt.NewNumericDate(now.Add(time.Hour)),
	}
	return josejwt.Signed(sig).Claims(claims).Claims(scoped{"signature impersonation"}).Serialize()
}

// Correct: go-jose v3 claims with expiry.
func joseV3Assertion(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	sig, err := josev3.NewSigner(josev3.SigningKey{Algorithm: josev3.RS256, Key: key}, (&josev3.SignerOptions{}).WithType("JWT"))
	if err != nil {
		return "", err
	}
	now := time.Now()
	claims := josejwtv3.Claims{
		Issuer:   integrationKey,
		Subject:  userID,
		Audience: josejwtv3.Audience{audience},
		IssuedAt: josejwtv3.NewNumericDate(now),
		Expiry:   josejwtv3.NewNumericDate(now.Add(time.Hour)),
	}
	return josejwtv3.Signed(sig).Claims(claims).Claims(scoped{"signature impersonation"}).CompactSerialize()
}
