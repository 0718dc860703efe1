// Package reencode computes Connect HMACs over the wrong bytes or with the
// wrong hash (DS802), next to the right ones.
package reencode

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"hash"
	"io"
	"net/http"
	"os"
)

type event struct {
	Event string `json:"event"`
	Data  struct {
		EnvelopeID string `json:"envelopeId"`
	} `json:"data"`
}

var key = []byte(os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY"))

func signature(r *http.Request) []byte {
	sig, _ := base64.StdEncoding.DecodeString(r.Header.Get("X-DocuSign-Signature-1"))
	return sig
}

// remarshal decodes the event, then signs json.Marshal of it.
func remarshal(w http.ResponseWriter, r *http.Request) {
	var ev event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	payload, _ := json.Marshal(ev) // want `DS802: Connect HMAC over json.Marshal output, not the raw body \(every genuine message rejected\)`
	m := hmac.New(sha256.New, key)
	m.Write(payload)
	if !hmac.Equal(m.Sum(nil), signature(r)) {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// rawOnce is remarshal's twin: the HMAC over the bytes read once, which are
// then also decoded.
func rawOnce(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	m := hmac.New(sha256.New, key)
	m.Write(body)
	if !hmac.Equal(m.Sum(nil), signature(r)) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev event
	_ = json.Unmarshal(body, &ev)
}

// macOf signs what it is given: the caller's argument decides.
func macOf(h func() hash.Hash, data []byte) []byte {
	m := hmac.New(h, key)
	m.Write(data)
	return m.Sum(nil)
}

// viaHelper passes the re-encoded event to a helper.
func viaHelper(r *http.Request, ev event) bool {
	data, _ := json.MarshalIndent(ev, "", "  ") // want `DS802: Connect HMAC over json.MarshalIndent output`
	return hmac.Equal(macOf(sha256.New, data), signature(r))
}

// sha1Hash uses the wrong hash.
func sha1Hash(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	return hmac.Equal(macOf(sha1.New, body), signature(r))
}

// wrongHash uses the wrong hash at hmac.New.
func wrongHash(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha1.New, key) // want `DS802: Connect HMAC with sha1.New, not SHA-256 \(every genuine Connect message rejected\)`
	io.WriteString(m, string(body))
	return hmac.Equal(m.Sum(nil), signature(r))
}

// rightHash is wrongHash's twin.
func rightHash(r *http.Request) bool {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, key)
	io.WriteString(m, string(body))
	return hmac.Equal(m.Sum(nil), signature(r))
}

// notConnect re-encodes for an HMAC compared with nothing of DocuSign's.
func notConnect(ev event, theirs []byte) bool {
	data, _ := json.Marshal(ev)
	m := hmac.New(sha1.New, key)
	m.Write(data)
	return hmac.Equal(m.Sum(nil), theirs)
}
