// Package served hands DocuSign tokens of cachedprov's Provider to a
// browser app: a token fetched once when the routes are built and captured
// by the handler is served after it expires (DS501); the twin fetches it
// from the provider, which renews it, on every request.
package served

import (
	"context"
	"encoding/json"
	"net/http"

	"tokenexpiry/cachedprov"
)

// Routes builds the router.
func Routes(ctx context.Context, p *cachedprov.Provider) (*http.ServeMux, error) {
	tok, err := p.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/token", tokenHandler(tok))
	mux.HandleFunc("/api/fresh-token", func(w http.ResponseWriter, r *http.Request) {
		t, err := p.AccessToken(r.Context())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"access_token": t})
	})
	return mux, nil
}

// tokenHandler hands the embedded signing UI its token.
func tokenHandler(tok string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]string{"access_token": tok}) // want `DS501: DocuSign token read from captured parameter tok of tokenHandler with no expiry check`
	}
}
