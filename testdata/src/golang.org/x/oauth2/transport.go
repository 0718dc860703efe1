package oauth2

import "net/http"

// Transport is an http.RoundTripper that makes OAuth 2.0 HTTP requests,
// wrapping a base http.RoundTripper and adding an Authorization header
// with a token from the supplied Sources.
type Transport struct {
	// Source supplies the token to add to outgoing requests'
	// Authorization headers.
	Source TokenSource

	// Base is the base RoundTripper used to make HTTP requests.
	// If nil, http.DefaultTransport is used.
	Base http.RoundTripper
}

// RoundTrip authorizes and authenticates the request with an
// access token from Transport's Source.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	panic("stub")
}

// CancelRequest does nothing.
//
// Deprecated: use contexts for cancellation instead.
func (t *Transport) CancelRequest(req *http.Request) {}
