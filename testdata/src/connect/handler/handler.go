// Package handler holds Connect listeners on the default mux: unverified
// ones (DS804) and their verified, unseen or non-Connect twins.
package handler

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"io"
	"log"
	"net/http"
	"os"

	"connect/mw"

	"github.com/jfcote87/esign"
)

type connectEvent struct {
	Event string `json:"event"`
	Data  struct {
		EnvelopeID string `json:"envelopeId"`
	} `json:"data"`
}

// otherEvent has "event" and "data" but no envelope: not Connect's shape.
type otherEvent struct {
	Event string `json:"event"`
	Data  struct {
		OrderID string `json:"orderId"`
	} `json:"data"`
}

type envelopeInformation struct {
	XMLName xml.Name `xml:"http://www.docusign.net/API/3.0 DocuSignEnvelopeInformation"`
	Status  string   `xml:"EnvelopeStatus>Status"`
}

func validHMAC(body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(os.Getenv("DOCUSIGN_CONNECT_HMAC_KEY")))
	m.Write(body)
	raw, _ := base64.StdEncoding.DecodeString(sig)
	return hmac.Equal(m.Sum(nil), raw)
}

func unverified(w http.ResponseWriter, r *http.Request) {
	var ev connectEvent
	_ = json.NewDecoder(r.Body).Decode(&ev) // want `DS804: Connect message decoded in a handler that never verifies its HMAC \(forged webhook accepted\)`
}

// verified reads the body once, checks the HMAC, then decodes the bytes.
func verified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !validHMAC(body, r.Header.Get("X-DocuSign-Signature-1")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev connectEvent
	_ = json.Unmarshal(body, &ev)
}

func otherJSON(w http.ResponseWriter, r *http.Request) {
	var ev otherEvent
	_ = json.NewDecoder(r.Body).Decode(&ev)
}

func parse(rd io.Reader) (connectEvent, error) {
	var ev connectEvent
	err := json.NewDecoder(rd).Decode(&ev)
	return ev, err
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	ev, _ := parse(r.Body) // want `DS804`
	log.Print(ev.Data.EnvelopeID)
}

func xmlEnvelope(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var info envelopeInformation
	_ = xml.Unmarshal(body, &info) // want `DS804`
}

// checkedElsewhere hands the request to another package first.
func checkedElsewhere(w http.ResponseWriter, r *http.Request) {
	if !mw.Check(r) {
		return
	}
	var ev connectEvent
	_ = json.NewDecoder(r.Body).Decode(&ev)
}

func wrappedExternal(w http.ResponseWriter, r *http.Request) {
	var ev connectEvent
	_ = json.NewDecoder(r.Body).Decode(&ev)
}

func logRequests(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		log.Print(r.URL.Path)
		next(w, r)
	}
}

func withHMAC(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !validHMAC(body, r.Header.Get("X-DocuSign-Signature-1")) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func wrappedLogging(w http.ResponseWriter, r *http.Request) {
	var ev connectEvent
	_ = json.NewDecoder(r.Body).Decode(&ev) // want `DS804`
}

func wrappedVerifying(w http.ResponseWriter, r *http.Request) {
	var ev connectEvent
	_ = json.NewDecoder(r.Body).Decode(&ev)
}

// Unregistered is not registered here: another package may wrap it (it
// gets the fact that package needs).
func Unregistered(w http.ResponseWriter, r *http.Request) { // want Unregistered:"decodes Connect unverified at handler.go:132"
	var ev connectEvent
	_ = json.NewDecoder(r.Body).Decode(&ev)
}

type server struct{ events chan connectEvent }

func (s *server) connect(w http.ResponseWriter, r *http.Request) {
	var ev connectEvent
	if json.NewDecoder(r.Body).Decode(&ev) == nil { // want `DS804`
		s.events <- ev
	}
}

// listener returns an unverified handler whose registration is seen:
// reported at its decoding.
func listener(events chan<- connectEvent) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var ev connectEvent
		_ = json.NewDecoder(r.Body).Decode(&ev) // want `DS804: Connect message decoded in a handler that never verifies its HMAC`
		events <- ev
	}
}

// checkedListener is listener verifying the HMAC first.
func checkedListener(events chan<- connectEvent) http.Handler {
	h := func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !validHMAC(body, r.Header.Get("X-DocuSign-Signature-1")) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		var ev connectEvent
		_ = json.Unmarshal(body, &ev)
		events <- ev
	}
	return http.HandlerFunc(h)
}

// passedListener is listener whose result another package wraps.
func passedListener(events chan<- connectEvent) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var ev connectEvent
		_ = json.NewDecoder(r.Body).Decode(&ev)
		events <- ev
	}
}

func register(s *server) {
	http.HandleFunc("/unverified", unverified)
	http.HandleFunc("/verified", verified)
	http.HandleFunc("/other", otherJSON)
	http.HandleFunc("/helper", viaHelper)
	http.Handle("/xml", http.HandlerFunc(xmlEnvelope))
	http.HandleFunc("/elsewhere", checkedElsewhere)
	http.HandleFunc("/external", mw.Verify(wrappedExternal))
	http.HandleFunc("/logging", logRequests(wrappedLogging))
	http.HandleFunc("/verifying", withHMAC(wrappedVerifying))
	http.HandleFunc("/server", s.connect)
	http.HandleFunc("/listener", listener(s.events))
	http.Handle("/checked-listener", checkedListener(s.events))
	http.HandleFunc("/passed-listener", mw.Verify(passedListener(s.events)))
	http.HandleFunc("/esign", func(w http.ResponseWriter, r *http.Request) {
		var data esign.ConnectData
		_ = xml.NewDecoder(r.Body).Decode(&data) // want `DS804`
	})
}
