// Package webhook declares Connect listeners that another package
// registers.
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/xml"
	"io"
	"net/http"
	"os"

	"github.com/jfcote87/esign"
)

// XMLEnvelopes decodes esign's ConnectData and never verifies.
func XMLEnvelopes(w http.ResponseWriter, r *http.Request) { // want XMLEnvelopes:"decodes Connect unverified at webhook.go:20"
	var cd esign.ConnectData
	if err := xml.NewDecoder(r.Body).Decode(&cd); err != nil {
		http.Error(w, "decode", http.StatusBadRequest)
	}
}

// XMLChecked is XMLEnvelopes verifying the HMAC first: no fact.
func XMLChecked(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	m := hmac.New(sha256.New, []byte(os.Getenv("DS_CONNECT_HMAC_1")))
	m.Write(body)
	got, _ := base64.StdEncoding.DecodeString(r.Header.Get("X-DocuSign-Signature-1"))
	if !hmac.Equal(got, m.Sum(nil)) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var cd esign.ConnectData
	if err := xml.Unmarshal(body, &cd); err != nil {
		http.Error(w, "decode", http.StatusBadRequest)
	}
}

// Envelopes returns a listener that decodes esign's ConnectData and never
// verifies.
func Envelopes(onEnvelope func(esign.ConnectData)) http.HandlerFunc { // want Envelopes:"returns a handler that decodes Connect unverified at webhook.go:46"
	return func(w http.ResponseWriter, r *http.Request) {
		var cd esign.ConnectData
		if err := xml.NewDecoder(r.Body).Decode(&cd); err != nil {
			http.Error(w, "decode", http.StatusBadRequest)
			return
		}
		onEnvelope(cd)
	}
}

// EnvelopesHandler is Envelopes as an http.Handler.
func EnvelopesHandler(onEnvelope func(esign.ConnectData)) http.Handler { // want EnvelopesHandler:"returns a handler that decodes Connect unverified at webhook.go:58"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var cd esign.ConnectData
		if err := xml.NewDecoder(r.Body).Decode(&cd); err == nil {
			onEnvelope(cd)
		}
	})
}

// CheckedEnvelopes is Envelopes verifying the HMAC first: no fact.
func CheckedEnvelopes(onEnvelope func(esign.ConnectData)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		m := hmac.New(sha256.New, []byte(os.Getenv("DS_CONNECT_HMAC_1")))
		m.Write(body)
		got, _ := base64.StdEncoding.DecodeString(r.Header.Get("X-DocuSign-Signature-1"))
		if !hmac.Equal(got, m.Sum(nil)) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		var cd esign.ConnectData
		if err := xml.Unmarshal(body, &cd); err == nil {
			onEnvelope(cd)
		}
	}
}
