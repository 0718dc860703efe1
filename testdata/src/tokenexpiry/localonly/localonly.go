// Package localonly is checked with tokenexpiry.NewLocal: without facts the
// token from package provider is unknown, the local one is not.
package localonly

import (
	"context"
	"net/http"

	"golang.org/x/oauth2/jwt"

	"tokenexpiry/provider"
)

var conf = &jwt.Config{TokenURL: "https://account.docusign.com/oauth/token", Audience: "account.docusign.com"}

var (
	remote string
	local  string
)

func login(ctx context.Context) {
	remote, _ = provider.AccessToken(ctx)
	if tok, err := conf.TokenSource(ctx).Token(); err == nil {
		local = tok.AccessToken
	}
}

func send(req *http.Request) {
	req.Header.Set("X-Remote", remote) // not an Authorization header anyway
	req.Header.Set("Authorization", "Bearer "+remote)
	req.Header.Set("Authorization", "Bearer "+local) // want `DS501: DocuSign token read from package variable local`
}
