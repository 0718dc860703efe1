// Package plain has no DocuSign host and no DocuSign library: its OAuth
// scopes are another provider's, even when they look like DocuSign's.
package plain

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

func config(ep oauth2.Endpoint) *oauth2.Config {
	return &oauth2.Config{Endpoint: ep, Scopes: []string{"signature", "impersonation", "read,write"}}
}

func exchange(ctx context.Context, c *oauth2.Config, code string) { c.Exchange(ctx, code) }

func service(tokenURL string) *jwt.Config {
	return &jwt.Config{TokenURL: tokenURL, Scopes: []string{"signature", "extended"}}
}
