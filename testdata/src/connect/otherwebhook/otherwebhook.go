// Package otherwebhook verifies other services' webhooks with ==: their
// signature headers are not DocuSign's, so DS801 stays silent.
package otherwebhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

const githubSecret = "gh-webhook-secret-value"

// github checks X-Hub-Signature-256 with ==.
func github(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte(githubSecret))
	m.Write(body)
	if "sha256="+hex.EncodeToString(m.Sum(nil)) != r.Header.Get("X-Hub-Signature-256") {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// stripe checks Stripe-Signature with ==.
func stripe(r *http.Request, expected string) bool {
	return r.Header.Get("Stripe-Signature") == expected
}
