// Package key holds Connect HMAC keys: from the environment (silent) and
// hardcoded (DS803) in the ways a constant reaches hmac.New.
package key

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"io"
	"net/http"
	"os"
)

const connectKey = "Zq3vB8nW1xY5tR7uJ2kL9mP4sD6fG0hA"

var packageKey = []byte("Hq8vN2cX5zL1pR7tY4wK9mB3sD6fG0jE") // want `DS803: Connect HMAC key hardcoded \(a 32-character value\)`

var flagKey = "Fq3vB8nW1xY5tR7uJ2kL9mP4sD6fG0hA"

func init() { flag.StringVar(&flagKey, "connect-key", flagKey, "Connect HMAC key") }

func signature(r *http.Request) []byte {
	sig, _ := base64.StdEncoding.DecodeString(r.Header.Get("X-DocuSign-Signature-1"))
	return sig
}

// fromEnv is the negative twin: hmac.Equal over io.ReadAll(r.Body) with a
// key from os.Getenv.
func fromEnv(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte(os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY")))
	m.Write(body)
	return hmac.Equal(m.Sum(nil), signature(r))
}

// literal is fromEnv with the key written in.
func literal(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte("Kx7pQ2mN9vB4tR8wY1zL5cJ3hF6dG0sA")) // want `DS803: Connect HMAC key hardcoded \(a 32-character value\): forged webhook accepted`
	m.Write(body)
	return hmac.Equal(m.Sum(nil), signature(r))
}

// constant passes a named constant through a variable.
func constant(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	k := []byte(connectKey) // want `DS803: Connect HMAC key hardcoded \(connectKey, a 32-character value\)`
	m := hmac.New(sha256.New, k)
	m.Write(body)
	return hmac.Equal(m.Sum(nil), signature(r))
}

// pkgVar reads a package variable that is never reassigned.
func pkgVar(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, packageKey)
	m.Write(body)
	return hmac.Equal(m.Sum(nil), signature(r))
}

// flagVar reads a package variable a flag sets: configuration, not a
// hardcoded key.
func flagVar(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte(flagKey))
	m.Write(body)
	return hmac.Equal(m.Sum(nil), signature(r))
}

// fallback uses a constant when the environment has no key.
func fallback(r *http.Request) bool {
	k := os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY")
	if k == "" {
		k = "Mv4nB7xC2zL9pQ1tR5wK8mY3sD6fG0hJ" // want `DS803: Connect HMAC key hardcoded \(a 32-character value\)`
	}
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte(k))
	m.Write(body)
	return hmac.Equal(m.Sum(nil), signature(r))
}

// placeholder is a stand-in, not a key.
func placeholder(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte("<your-connect-hmac-key>"))
	m.Write(body)
	return hmac.Equal(m.Sum(nil), signature(r))
}

// sign takes the key as a parameter: callers decide.
func sign(body []byte, key string) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write(body)
	return m.Sum(nil)
}

func viaHelper(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	return hmac.Equal(sign(body, "Pw2nB7xC4zL9qQ1tR5wK8mY3sD6fG0hJ"), signature(r)) // want `DS803: Connect HMAC key hardcoded \(a 32-character value\)`
}

func viaHelperTwin(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	return hmac.Equal(sign(body, os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY")), signature(r))
}

// otherMAC hardcodes the key of an HMAC that is never compared with a
// Connect signature (it signs an outgoing request): not DS803's business.
func otherMAC(body []byte) []byte {
	m := hmac.New(sha256.New, []byte("Rt5nB7xC4zL9qQ1tR5wK8mY3sD6fG0hJ"))
	m.Write(body)
	return m.Sum(nil)
}
