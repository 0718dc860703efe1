// Package appsign is an application's signing helpers, used by package
// dsauth: Sign serialises the claims it is given and signs them as a JWT
// with golang-jwt; WebhookSignature only MACs a payload.
package appsign

import (
	"crypto/hmac"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/golang-jwt/jwt/v5"
)

// Sign signs claims, any JSON-encodable value, with RS256.
func Sign(key *rsa.PrivateKey, claims any) (string, error) {
	b, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	var m jwt.MapClaims
	if err := json.Unmarshal(b, &m); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, m).SignedString(key)
}

// WebhookSignature is the hex HMAC-SHA256 of payload's JSON, for a webhook
// receiver.
func WebhookSignature(secret []byte, payload any) (string, error) {
	b, err := json.Marshal(payload)
	if err != nil {
		return "", err
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(b)
	return hex.EncodeToString(mac.Sum(nil)), nil
}
