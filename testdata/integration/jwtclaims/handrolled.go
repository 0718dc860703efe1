package jwtclaims

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"time"
)

// signRS256 signs header.claims with the integration's RSA key.
func signRS256(key *rsa.PrivateKey, claims []byte) (string, error) {
	enc := base64.RawURLEncoding
	input := enc.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT"}`)) + "." + enc.EncodeToString(claims)
	sum := sha256.Sum256([]byte(input))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		return "", err
	}
	return input + "." + enc.EncodeToString(sig), nil
}

// Flawed: a hand-rolled assertion with the user's email as sub (DS305)
// and an exp of a day (DS303, warning).
func handRolledAssertion(key *rsa.PrivateKey, integrationKey string) (string, error) {
	now := time.Now()
	claims := map[string]any{
		"iss":   integrationKey,
		"sub":   "jane.doe@example.com",
		"aud":   audience,
		"iat":   now.Unix(),
		"exp":   now.Add(24 * time.Hour).Unix(),
		"scope": "signature impersonation",
	}
	body, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	return signRS256(key, body)
}

// Correct: the same assertion with the user ID and a one-hour exp.
func handRolledGood(key *rsa.PrivateKey, integrationKey, userID string) (string, error) {
	now := time.Now()
	body, err := json.Marshal(map[string]any{
		"iss":   integrationKey,
		"sub":   userID,
		"aud":   audience,
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
		"scope": "signature impersonation",
	})
	if err != nil {
		return "", err
	}
	return signRS256(key, body)
}
