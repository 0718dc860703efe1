package otherwebhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// docusign is github's positive twin: the same code on DocuSign's header.
func docusign(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte(githubSecret)) // want `DS803: Connect HMAC key hardcoded \(githubSecret, a 23-character value\)`
	m.Write(body)
	if hex.EncodeToString(m.Sum(nil)) != r.Header.Get("X-DocuSign-Signature-1") { // want `DS801`
		w.WriteHeader(http.StatusUnauthorized)
	}
}
