package connect

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"os"

	"github.com/jfcote87/esign"
)

// event is a JSON (SIM) Connect notification.
type event struct {
	Event string `json:"event"`
	Data  struct {
		AccountID  string `json:"accountId"`
		EnvelopeID string `json:"envelopeId"`
	} `json:"data"`
}

const hmacKey = "q8Fv2LmX9pRt4WzN7bKc1YhD5sJg3QeA"

func mac(key string, body []byte) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write(body)
	return m.Sum(nil)
}

// signatures returns the decoded X-DocuSign-Signature-N values.
func signatures(r *http.Request) [][]byte {
	var out [][]byte
	for _, name := range []string{"X-DocuSign-Signature-1", "X-DocuSign-Signature-2"} {
		if sig, err := base64.StdEncoding.DecodeString(r.Header.Get(name)); err == nil && len(sig) > 0 {
			out = append(out, sig)
		}
	}
	return out
}

// Correct: the HMAC over the raw body, key from the environment, compared
// with hmac.Equal against every signature; then the same bytes decoded.
func verifiedJSON(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	want := mac(os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY"), body)
	ok := false
	for _, sig := range signatures(r) {
		ok = ok || hmac.Equal(want, sig)
	}
	if !ok {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev event
	_ = json.Unmarshal(body, &ev)
}

// Flawed: bytes.Equal (DS801) and a hardcoded key (DS803).
func timingJSON(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	want := mac(hmacKey, body)
	for _, sig := range signatures(r) {
		if bytes.Equal(want, sig) {
			var ev event
			_ = json.Unmarshal(body, &ev)
			return
		}
	}
	http.Error(w, "signature", http.StatusUnauthorized)
}

// Flawed: the HMAC over json.Marshal of the decoded event (DS802).
func remarshalJSON(w http.ResponseWriter, r *http.Request) {
	var ev event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	again, _ := json.Marshal(ev)
	sig, _ := base64.StdEncoding.DecodeString(r.Header.Get("X-DocuSign-Signature-1"))
	if !hmac.Equal(mac(os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY"), again), sig) {
		http.Error(w, "signature", http.StatusUnauthorized)
	}
}

// Flawed: esign.ConnectData decoded with no verification at all (DS804).
func unverifiedXML(w http.ResponseWriter, r *http.Request) {
	var data esign.ConnectData
	if err := xml.NewDecoder(r.Body).Decode(&data); err != nil {
		http.Error(w, "xml", http.StatusBadRequest)
	}
}

// Correct: GitHub's webhook compared with == is GitHub's business, and
// Stripe's compared in constant time is fine either way.
func github(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if "sha256="+base64.StdEncoding.EncodeToString(mac(os.Getenv("GITHUB_SECRET"), body)) != r.Header.Get("X-Hub-Signature-256") {
		http.Error(w, "signature", http.StatusUnauthorized)
	}
	if subtle.ConstantTimeCompare(mac(os.Getenv("STRIPE_SECRET"), body), []byte(r.Header.Get("Stripe-Signature"))) != 1 {
		http.Error(w, "signature", http.StatusUnauthorized)
	}
}

// Serve registers the listeners on a mux that is served as is.
func Serve(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/json", verifiedJSON)
	mux.HandleFunc("/connect/timing", timingJSON)
	mux.HandleFunc("/connect/remarshal", remarshalJSON)
	mux.HandleFunc("/connect/xml", unverifiedXML)
	mux.HandleFunc("/github", github)
	return http.ListenAndServe(addr, mux)
}
