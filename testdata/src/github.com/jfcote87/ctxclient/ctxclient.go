// Package ctxclient is a stub of github.com/jfcote87/ctxclient@v0.5.1 for dslint's analysistest fixtures: it mirrors
// the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package ctxclient

import (
	"context"
	"net/http"
	"net/url"
)

// Func returns an http.Client pointer.
type Func func(ctx context.Context) (*http.Client, error)

// Client retrieves the Func's client.
func (f Func) Client(ctx context.Context) *http.Client { return http.DefaultClient }

// Do sends the request using the calculated client and checks for
// timeout/cancellation. Returns *NotSuccess if response status is not 2xx.
func (f Func) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	return nil, nil
}

// PostForm issues a POST request through the http.Client determined by f
func (f Func) PostForm(ctx context.Context, url string, payload url.Values) (*http.Response, error) {
	return nil, nil
}

// Client retrieves the default client.
func Client(ctx context.Context) *http.Client { return http.DefaultClient }

// Do sends the request using the default client and checks for
// timeout/cancellation.
func Do(ctx context.Context, req *http.Request) (*http.Response, error) { return nil, nil }

// PostForm issues a POST request through the default http.Client
func PostForm(ctx context.Context, url string, payload url.Values) (*http.Response, error) {
	return nil, nil
}

// Transport returns the transport from the context's default client
func Transport(ctx context.Context) http.RoundTripper { return http.DefaultTransport }

// RegisterFunc adds f to the list of Funcs checked by the Default Func.
func RegisterFunc(f Func) {}

// NotSuccess contains body of a non 2xx http response
type NotSuccess struct {
	StatusCode    int
	StatusMessage string
	Body          []byte
	Header        http.Header
}

// Error fulfills error interface
func (re NotSuccess) Error() string { return re.StatusMessage }
