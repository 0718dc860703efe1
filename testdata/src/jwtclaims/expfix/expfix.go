// Package expfix holds DS303's and DS304's suggested fixes
// (expfix.go.golden and renamed.go.golden): an exp over an hour after now
// shortened to one hour, a unitless now.Add(3600) counted in seconds, an
// exp or iat in milliseconds made Unix seconds, and their twins without a
// fix (a named constant, an iat in the past, two terms, time shadowed, a
// variable, milliseconds added after the conversion).
package expfix

import (
	"crypto/rsa"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jfcote87/esign"
	ejwt "github.com/jfcote87/oauth2/jwt"
	xjwt "golang.org/x/oauth2/jwt"
)

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b"
	userID         = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
	demoAud        = "account-d.docusign.com"
)

var key *rsa.PrivateKey

func sign(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(key)
}

func dayAfterNow() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(24 * time.Hour).Unix(), // want `DS303`
	})
}

func unitFirst() (string, error) {
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": time.Now().Unix(),
		"exp": time.Now().Add(time.Hour * 24).Unix(), // want `DS303`
	})
}

func seconds() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Unix() + 86400, // want `DS303`
	})
}

func throughVariable() (string, error) {
	now := time.Now()
	exp := now.Add(2 * time.Hour)
	return sign(jwt.RegisteredClaims{Issuer: integrationKey, Subject: userID, Audience: jwt.ClaimStrings{demoAud},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(exp), // want `DS303`
	})
}

func nanoseconds() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(3600).Unix(), // want `DS303`
	})
}

func nanosecondsSum() (string, error) {
	now := time.Now()
	return sign(jwt.RegisteredClaims{Issuer: integrationKey, Subject: userID, Audience: jwt.ClaimStrings{demoAud},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(1800 + 1800)), // want `DS303`
	})
}

func oauth2Config() *xjwt.Config {
	return &xjwt.Config{Email: integrationKey, Subject: userID, PrivateKey: []byte{}, Audience: demoAud,
		TokenURL: "https://account-d.docusign.com/oauth/token",
		Expires:  8 * time.Hour, // want `DS303`
	}
}

func esignOptions(pk string) *esign.JWTConfig {
	return &esign.JWTConfig{IntegratorKey: integrationKey, PrivateKey: pk,
		Options: ejwt.DefaultCfgOptions().SetExpiresIn(7200), // want `DS303`
	}
}

func milliseconds() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(time.Hour).UnixMilli(), // want `DS303`
	})
}

func iatMilliseconds() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud,
		"iat": now.UnixMilli(), // want `DS304`
		"exp": now.Add(time.Hour).Unix(),
	})
}

// --- Reported, no fix ---

// A variable may have other uses: renaming its UnixMilli is not the fix.
func millisecondsVariable() (string, error) {
	now := time.Now()
	ms := now.Add(time.Hour).UnixMilli()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": ms, // want `DS303`
	})
}

// Milliseconds added after the conversion would need scaling too.
func millisecondsSum() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.UnixMilli() + 3600000, // want `DS303`
	})
}

const ttl = 24 * time.Hour

const expiresIn = 7200

// A named constant may be shared: the fix would bypass it.
func namedConstant() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(ttl).Unix(), // want `DS303`
	})
}

func namedConstantOptions(pk string) *esign.JWTConfig {
	return &esign.JWTConfig{IntegratorKey: integrationKey, PrivateKey: pk,
		Options: ejwt.DefaultCfgOptions().SetExpiresIn(expiresIn), // want `DS303`
	}
}

func namedConstantConfig() *xjwt.Config {
	return &xjwt.Config{Email: integrationKey, Subject: userID, PrivateKey: []byte{}, Audience: demoAud,
		TokenURL: "https://account-d.docusign.com/oauth/token",
		Expires:  ttl, // want `DS303`
	}
}

// iat half an hour back: an hour from now is still 90 minutes after iat.
func iatInThePast() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Add(-30 * time.Minute).Unix(),
		"exp": now.Add(time.Hour).Unix(), // want `DS303`
	})
}

// Two terms: which one to shorten is a guess.
func twoTerms() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(time.Hour).Add(23 * time.Hour).Unix(), // want `DS303`
	})
}

// 86400 seconds would be a day: counting it in seconds is still wrong.
func nanosecondsDay() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(86400).Unix(), // want `DS303`
	})
}

// time is shadowed where the Duration is written: time.Hour would not build.
func shadowed() (string, error) {
	now := time.Now()
	time := "local"
	_ = time
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(86400 * 1000000000).Unix(), // want `DS303`
	})
}

// The twin that is not shadowed.
func notShadowed() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(),
		"exp": now.Add(86400 * 1000000000).Unix(), // want `DS303`
	})
}

// --- Not reported ---

func oneHour() (string, error) {
	now := time.Now()
	return sign(jwt.MapClaims{"iss": integrationKey, "sub": userID, "aud": demoAud, "iat": now.Unix(), "exp": now.Add(time.Hour).Unix()})
}
