// Package closure captures DocuSign tokens in long-lived closures.
package closure

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "integration-key",
	Endpoint: oauth2.Endpoint{TokenURL: "https://account.docusign.com/oauth/token"},
}

// Flawed: the handler outlives the call and reuses the captured token.
func Handler(ctx context.Context, code string) http.HandlerFunc {
	tok, _ := conf.Exchange(ctx, code)
	return func(w http.ResponseWriter, r *http.Request) {
		out, _ := http.NewRequest("GET", "https://demo.docusign.net/restapi/v2.1/accounts", nil)
		tok.SetAuthHeader(out) // want `DS501: DocuSign token read from variable tok captured by a closure`
		_, _ = http.DefaultClient.Do(out)
	}
}

// Correct: the closure runs within the call.
func Inline(ctx context.Context, code string, reqs []*http.Request) {
	tok, _ := conf.Exchange(ctx, code)
	each := func(r *http.Request) { tok.SetAuthHeader(r) }
	for _, r := range reqs {
		each(r)
	}
}

// Correct: the handler gets a fresh token from a refreshing source.
func Refreshing(ts oauth2.TokenSource) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok, err := ts.Token()
		if err != nil {
			return
		}
		tok.SetAuthHeader(r)
	}
}

// Register is flawed: the handler registered with net/http outlives the call.
func Register(ctx context.Context, code string) {
	tok, _ := conf.Exchange(ctx, code)
	http.HandleFunc("/proxy", func(w http.ResponseWriter, r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+tok.AccessToken) // want `DS501: DocuSign token read from variable tok captured by a closure`
	})
}
