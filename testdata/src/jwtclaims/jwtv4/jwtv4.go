// Package jwtv4 builds DocuSign JWT grant assertions with golang-jwt/jwt/v4.
package jwtv4

import (
	"time"

	"github.com/golang-jwt/jwt/v4"
)

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b"
	userID         = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
)

var key any

func standardNoExp() (string, error) {
	c := jwt.StandardClaims{ // want `DS301: DocuSign JWT assertion has no exp`
		Issuer:   integrationKey,
		Subject:  userID,
		Audience: "account.docusign.com",
		IssuedAt: time.Now().Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func standardGood() (string, error) {
	now := time.Now()
	c := jwt.StandardClaims{
		Issuer:    integrationKey,
		Subject:   userID,
		Audience:  "account.docusign.com",
		IssuedAt:  now.Unix(),
		ExpiresAt: now.Unix() + 3600,
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func standardLater() (string, error) {
	now := time.Now()
	var c jwt.StandardClaims
	c.Issuer = integrationKey
	c.Subject = userID
	c.Audience = "account.docusign.com"
	c.IssuedAt = now.Unix()
	c.ExpiresAt = now.Unix() + 7200 // want `DS303: exp is 2h after iat \(no effect`
	c.NotBefore = now.Unix() + 600  // want `DS302: nbf is 10m in the future`
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func registeredNano() (string, error) {
	now := time.Now()
	c := jwt.MapClaims{
		"iss": integrationKey, "sub": userID, "aud": "account.docusign.com",
		"iat": now.UnixNano(), // want `DS304: iat is in nanoseconds, not Unix seconds`
		"exp": now.Add(time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func registered() (string, error) {
	now := time.Now()
	c := jwt.RegisteredClaims{
		Issuer:    integrationKey,
		Subject:   "jane.doe@example.com", // want `DS305: sub is an email address`
		Audience:  []string{"account.docusign.com"},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}
