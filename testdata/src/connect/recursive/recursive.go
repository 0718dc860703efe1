// Package recursive holds Connect listeners whose helpers call each other.
// What a cycle of helpers does is known for all of them together: the
// HMAC check in one counts for every handler that reaches the cycle,
// whichever handler is declared (and asked about) first.
package recursive

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
)

// verifyThenDecode checks the signature and, for a retried delivery, goes
// through decodeRetried again.
func verifyThenDecode(r *http.Request, body []byte, retries int) bool {
	if retries > 0 {
		decodeRetried(r, body, retries-1)
	}
	m := hmac.New(sha256.New, []byte(os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY")))
	m.Write(body)
	raw, _ := base64.StdEncoding.DecodeString(r.Header.Get("X-DocuSign-Signature-1"))
	return hmac.Equal(m.Sum(nil), raw)
}

// decodeRetried decodes the message and verifies it through
// verifyThenDecode: it is verified, although it reaches the check only
// through the cycle.
func decodeRetried(r *http.Request, body []byte, retries int) {
	var ev connectEvent
	_ = json.Unmarshal(body, &ev)
	if retries >= 0 {
		verifyThenDecode(r, body, retries)
	}
}

// viaVerify is declared first, so its question is asked first; it reaches
// decodeRetried while verifyThenDecode is still being summarized.
func viaVerify(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !verifyThenDecode(r, body, 1) {
		log.Print("Connect message with a bad signature")
	}
}

// viaDecode reaches the same cycle through decodeRetried: verified too.
func viaDecode(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	decodeRetried(r, body, 1)
}

// decodeLoop and parseAgain call each other and decode, but neither
// verifies anything.
func decodeLoop(body []byte, n int) {
	var ev connectEvent
	_ = json.Unmarshal(body, &ev)
	if n > 0 {
		parseAgain(body, n-1)
	}
}

func parseAgain(body []byte, n int) {
	decodeLoop(body, n)
}

// unverifiedCycle is the twin: the cycle it reaches never verifies.
func unverifiedCycle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	parseAgain(body, 1) // want `DS804`
}

func routes() {
	http.HandleFunc("/via-verify", viaVerify)
	http.HandleFunc("/via-decode", viaDecode)
	http.HandleFunc("/cycle", unverifiedCycle)
}

// connectEvent is a Connect JSON event with the fields these listeners read.
type connectEvent struct {
	Event       string `json:"event"`
	GeneratedAt string `json:"generatedDateTime"`
	Data        struct {
		EnvelopeID string `json:"envelopeId"`
	} `json:"data"`
}
