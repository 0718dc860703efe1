package jwtclaims

import (
	"crypto/rsa"
	"time"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

// Flawed: the assertion has no exp claim, so DocuSign answers
// no_valid_keys_or_signatures (DS301).
func assertionWithoutExp(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	claims := jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   audience,
		"iat":   time.Now().Unix(),
		"scope": "signature impersonation",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// Correct: iat now, exp one hour later.
func assertion(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   audience,
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
		"scope": "signature impersonation",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// v4Grant adds the scope claim to v4 StandardClaims.
type v4Grant struct {
	jwtv4.StandardClaims
	Scope string `json:"scope"`
}

// Correct: v4 StandardClaims with int64 seconds, and the scope claim.
func assertionV4(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	now := time.Now()
	claims := v4Grant{
		StandardClaims: jwtv4.StandardClaims{
			Issuer:    integrationKey,
			Subject:   userID,
			Audience:  audience,
			IssuedAt:  now.Unix(),
			ExpiresAt: now.Add(time.Hour).Unix(),
		},
		Scope: "signature impersonation",
	}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodRS256, claims).SignedString(key)
}

// Flawed: StandardClaims alone cannot carry a scope, so the assertion asks
// for none and DocuSign answers consent_required (DS403).
func assertionV4NoScope(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	now := time.Now()
	claims := jwtv4.StandardClaims{Issuer: integrationKey, Subject: userID, Audience: audience, IssuedAt: now.Unix(), ExpiresAt: now.Add(time.Hour).Unix()}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodRS256, claims).SignedString(key)
}
