package sender

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
)

// connectEvent is the part of a Connect (JSON, SIM) notification the
// service reads.
type connectEvent struct {
	Event string `json:"event"`
	Data  struct {
		EnvelopeID string `json:"envelopeId"`
	} `json:"data"`
}

// Completed receives the envelope ids DocuSign reports as completed.
var Completed = make(chan string, 16)

// ConnectListener receives DocuSign Connect notifications. It checks the
// HMAC DocuSign signs each message with, but compares it with !=.
func ConnectListener(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY")))
	mac.Write(body)
	if base64.StdEncoding.EncodeToString(mac.Sum(nil)) != r.Header.Get("X-DocuSign-Signature-1") {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev connectEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad message", http.StatusBadRequest)
		return
	}
	if ev.Event == "envelope-completed" {
		Completed <- ev.Data.EnvelopeID
	}
}
