// Package xmlhook is an XML Connect listener decoding the real
// esign.ConnectData, registered by package router.
package xmlhook

import (
	"encoding/xml"
	"io"
	"net/http"

	"github.com/jfcote87/esign"
)

// maxBody bounds the Connect message read.
const maxBody = 1 << 20

// Archive never verifies the HMAC (DS804 where router's mux is served).
func Archive(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	var cd esign.ConnectData
	if err == nil {
		err = xml.Unmarshal(body, &cd)
	}
	if err != nil || cd.EnvelopeStatus.EnvelopeID == "" {
		w.WriteHeader(http.StatusBadRequest)
	}
}

// Checked verifies X-DocuSign-Signature-1 before decoding.
func Checked(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if !signed(body, r.Header.Get("X-DocuSign-Signature-1")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var cd esign.ConnectData
	_ = xml.Unmarshal(body, &cd)
}
