// Package routes registers the listeners of package webhook.
package routes

import (
	"net/http"

	"connect/xpkg/webhook"

	"github.com/jfcote87/esign"
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

// ServeFactories serves the listeners the factories of webhook return.
func ServeFactories(addr string, onEnvelope func(esign.ConnectData)) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/factory", webhook.Envelopes(onEnvelope))            // want `DS804: webhook.Envelopes\(\.\.\.\) decodes a Connect message and never verifies its HMAC`
	mux.Handle("/connect/factory-handler", webhook.EnvelopesHandler(onEnvelope)) // want `DS804: webhook.EnvelopesHandler\(\.\.\.\) decodes`
	mux.HandleFunc("/connect/factory-checked", webhook.CheckedEnvelopes(onEnvelope))
	return http.ListenAndServe(addr, mux)
}

// ServeFactoryWrapped wraps the mux of ServeFactories in a handler that may
// verify.
func ServeFactoryWrapped(addr string, wrap func(http.Handler) http.Handler) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/factory", webhook.Envelopes(nil))
	return http.ListenAndServe(addr, wrap(mux))
}

// FactoryRoutes returns a mux with a factory's unverified listener.
func FactoryRoutes() *http.ServeMux { // want FactoryRoutes:`result 0 serves webhook.Envelopes\(\.\.\.\) unverified`
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/factory", webhook.Envelopes(nil))
	return mux
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
