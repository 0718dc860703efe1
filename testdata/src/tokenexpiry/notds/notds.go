// Package notds caches an OAuth token of another provider: not DocuSign's
// business, not reported.
package notds

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "id",
	Endpoint: oauth2.Endpoint{TokenURL: "https://oauth2.example.com/token"},
}

var cached *oauth2.Token

func do(ctx context.Context, code string, req *http.Request) {
	if cached == nil {
		cached, _ = conf.Exchange(ctx, code)
	}
	cached.SetAuthHeader(req)
	_ = oauth2.NewClient(ctx, oauth2.StaticTokenSource(cached))
}

func build(s string) *oauth2.Token {
	var m map[string]string
	return &oauth2.Token{AccessToken: m["access_token"] + s}
}
