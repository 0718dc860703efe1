package shapes

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

// Server builds its routes once, at startup.
type Server struct{ mux *http.ServeMux }

// Routes is flawed: the token obtained while the routes are built is
// captured by a handler that serves every later request.
func (s *Server) Routes(ctx context.Context, code string) http.Handler {
	tok, _ := conf.Exchange(ctx, code)
	s.mux.HandleFunc("/envelopes", func(w http.ResponseWriter, r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+tok.AccessToken) // want `DS501: DocuSign token read from variable tok captured by a closure`
	})
	return s.mux
}

// proxy returns a handler that keeps its parameter.
func proxy(tok string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+tok) // want `DS501: DocuSign token read from captured parameter tok of proxy`
	}
}

// Mount is flawed: the handler proxy returns outlives the call, and with it
// the token handed to it.
func Mount(ctx context.Context, code string) http.Handler {
	tok, _ := conf.Exchange(ctx, code)
	mux := http.NewServeMux()
	mux.Handle("/proxy", proxy(tok.AccessToken))
	return mux
}

// ServeOnce is the twin: the handler is called at once, within the request.
func ServeOnce(ctx context.Context, code string, w http.ResponseWriter, r *http.Request) {
	tok, _ := conf.Exchange(ctx, code)
	proxy(tok.AccessToken)(w, r)
}

// refreshingProxy is correct: it keeps a source and asks it per request.
func refreshingProxy(ts oauth2.TokenSource) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if tok, err := ts.Token(); err == nil {
			tok.SetAuthHeader(r)
		}
	}
}

// MountRefreshing is the twin of Mount: a reusing source, not a token.
func MountRefreshing(ctx context.Context, code string) http.Handler {
	tok, _ := conf.Exchange(ctx, code)
	mux := http.NewServeMux()
	mux.Handle("/proxy", refreshingProxy(conf.TokenSource(ctx, tok)))
	return mux
}
