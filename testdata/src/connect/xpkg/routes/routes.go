// Package routes registers the listeners of package webhook.
package routes

import (
	"net/http"

	"connect/xpkg/webhook"
)

// Routes returns the mux; its caller serves it.
func Routes() (*http.ServeMux, error) { // want Routes:"result 0 serves webhook.XMLEnvelopes unverified"
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/xml", webhook.XMLEnvelopes)
	mux.HandleFunc("/connect/checked", webhook.XMLChecked)
	return mux, nil
}

// CheckedRoutes registers only the verifying listener: no fact.
func CheckedRoutes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/checked", webhook.XMLChecked)
	return mux
}

// Serve serves the unverified listener on a mux of its own.
func Serve(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/xml", webhook.XMLEnvelopes) // want `DS804: webhook.XMLEnvelopes decodes a Connect message and never verifies its HMAC`
	return http.ListenAndServe(addr, mux)
}

// ServeWrapped is Serve with the mux wrapped by a handler that may verify.
func ServeWrapped(addr string, wrap func(http.Handler) http.Handler) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/xml", webhook.XMLEnvelopes)
	return http.ListenAndServe(addr, wrap(mux))
}

// Default registers the unverified listener on the default mux.
func Default() {
	http.HandleFunc("/connect/xml", webhook.XMLEnvelopes) // want `DS804: webhook.XMLEnvelopes decodes a Connect message`
}

// Passed hands the listener to a function of its parameter: it may wrap it.
func Passed(register func(string, http.HandlerFunc)) {
	register("/connect/xml", webhook.XMLEnvelopes)
}

// Plain returns a mux with the unverified listener as its only result.
func Plain() *http.ServeMux { // want Plain:"result 0 serves webhook.XMLEnvelopes unverified"
	mux := http.NewServeMux()
	mux.Handle("/connect/xml", http.HandlerFunc(webhook.XMLEnvelopes))
	return mux
}
