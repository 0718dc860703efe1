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

// Correct: v4 StandardClaims with int64 seconds.
func assertionV4(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	now := time.Now()
	claims := jwtv4.StandardClaims{
		Issuer:    integrationKey,
		Subject:   userID,
		Audience:  audience,
		IssuedAt:  now.Unix(),
		ExpiresAt: now.Add(time.Hour).Unix(),
	}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodRS256, claims).SignedString(key)
}
