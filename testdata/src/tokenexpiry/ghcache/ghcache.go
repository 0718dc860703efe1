// Package ghcache talks to DocuSign (the host below) and keeps GitHub
// tokens: a token field of an unexported struct that this package never
// sets cannot be set by another package either, and one fed from GitHub's
// endpoint holds GitHub's token (no DS501). Their twins: the exported
// field (set by another package) and the same cache fed from the DocuSign
// config.
package ghcache

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/endpoints"
)

const restBase = "https://demo.docusign.net/restapi"

var docusign = &oauth2.Config{
	ClientID: "ik",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://account-d.docusign.com/oauth/auth",
		TokenURL: "https://account-d.docusign.com/oauth/token",
	},
}

func githubLogin() *oauth2.Config {
	return &oauth2.Config{ClientID: "Iv1.8a61f9b3a7aba766", Endpoint: endpoints.GitHub}
}

// ghCache is correct: nothing in this package sets tok, and no other
// package can (unexported field of an unexported type).
type ghCache struct{ tok *oauth2.Token }

func (g *ghCache) header() string { return "token " + g.tok.AccessToken }

// Cache is the twin: another package sets the exported field.
type Cache struct{ Tok *oauth2.Token }

func (g *Cache) header() string { return "token " + g.Tok.AccessToken } // want `DS501: DocuSign token read from field Cache.Tok \(set elsewhere\)`

// fedCache is correct: its token comes from GitHub's endpoint.
type fedCache struct{ tok *oauth2.Token }

func (g *fedCache) login(ctx context.Context, code string) {
	g.tok, _ = githubLogin().Exchange(ctx, code)
}

func (g *fedCache) do(req *http.Request) {
	req.Header.Set("Authorization", "token "+g.tok.AccessToken)
}

// dsCache is the twin: the same cache fed from the DocuSign config.
type dsCache struct{ tok *oauth2.Token }

func (g *dsCache) login(ctx context.Context, code string) {
	g.tok, _ = docusign.Exchange(ctx, code)
}

func (g *dsCache) do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+g.tok.AccessToken) // want `DS501: DocuSign token read from field dsCache.tok with no expiry check`
}

func use(ctx context.Context, req *http.Request) string {
	_ = restBase
	(&fedCache{}).do(req)
	(&dsCache{}).do(req)
	return (&ghCache{}).header() + (&Cache{}).header()
}
