// Package compare holds Connect listeners that compare the signature in
// variable time (DS801), next to their constant-time twins.
package compare

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net/http"
	"os"
	"strings"
)

func mac(body []byte) []byte {
	m := hmac.New(sha256.New, []byte(os.Getenv("CONNECT_HMAC_KEY")))
	m.Write(body)
	return m.Sum(nil)
}

// equalString compares base64 strings with ==.
func equalString(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	expected := base64.StdEncoding.EncodeToString(mac(body))
	if expected != r.Header.Get("X-DocuSign-Signature-1") { // want `DS801: Connect signature compared with !=, not in constant time \(forged webhook accepted\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// equalStringTwin is equalString with hmac.Equal.
func equalStringTwin(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	expected := base64.StdEncoding.EncodeToString(mac(body))
	if !hmac.Equal([]byte(expected), []byte(r.Header.Get("X-DocuSign-Signature-1"))) {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// equalBytes decodes the header and compares with bytes.Equal.
func equalBytes(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	sig := r.Header.Get("X-Docusign-Signature-1")
	raw, err := base64.StdEncoding.DecodeString(sig)
	if err != nil || !bytes.Equal(mac(body), raw) { // want `DS801: Connect signature compared with bytes.Equal`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// equalBytesTwin is equalBytes with subtle-free hmac.Equal.
func equalBytesTwin(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	sig := r.Header.Get("X-Docusign-Signature-1")
	raw, err := base64.StdEncoding.DecodeString(sig)
	if err != nil || !hmac.Equal(mac(body), raw) {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// anyKey accepts a message if one of the signatures matches, read from
// Header.Values of a numbered header and compared with strings.EqualFold.
func anyKey(r *http.Request, expected string) bool {
	for i := 1; i <= 2; i++ {
		for _, s := range r.Header.Values("X-DocuSign-Signature-" + string(rune('0'+i))) {
			if strings.EqualFold(s, expected) { // want `DS801: Connect signature compared with strings.EqualFold`
				return true
			}
		}
	}
	return false
}

// indexed reads the header map directly and compares with strings.Compare.
func indexed(r *http.Request, expected string) bool {
	return strings.Compare(r.Header["X-Docusign-Signature-2"][0], expected) == 0 // want `DS801: Connect signature compared with strings.Compare`
}

// present only tests that the header is there: not a comparison of values.
func present(r *http.Request) bool {
	sig := r.Header.Get("X-DocuSign-Signature-1")
	return sig != "" && len(sig) > 0
}

// otherHeader compares a header that is not a signature.
func otherHeader(r *http.Request, want string) bool {
	return r.Header.Get("X-DocuSign-Signature") == want || r.Header.Get("X-DocuSign-Signature-1x") == want
}

// listed collects the signatures of a constant list of headers.
func listed(r *http.Request, expected []byte) bool {
	var sigs [][]byte
	for _, name := range []string{"X-DocuSign-Signature-1", "X-DocuSign-Signature-2"} {
		if sig, err := base64.StdEncoding.DecodeString(r.Header.Get(name)); err == nil {
			sigs = append(sigs, sig)
		}
	}
	for _, sig := range sigs {
		if bytes.Equal(sig, expected) { // want `DS801: Connect signature compared with bytes.Equal`
			return true
		}
	}
	return false
}

// listedOther is listed over a list that is not only DocuSign's headers.
func listedOther(r *http.Request, expected []byte) bool {
	for _, name := range []string{"X-DocuSign-Signature-1", "X-Hub-Signature-256"} {
		if bytes.Equal([]byte(r.Header.Get(name)), expected) {
			return true
		}
	}
	return false
}
