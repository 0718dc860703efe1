// Package google talks to DocuSign and to Google: the Google OAuth
// configuration and its scopes are never checked.
package google

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

var googleEndpoint = oauth2.Endpoint{
	AuthURL:  "https://accounts.google.com/o/oauth2/auth",
	TokenURL: "https://oauth2.googleapis.com/token",
}

var drive = &oauth2.Config{
	Endpoint: googleEndpoint,
	Scopes:   []string{"https://www.googleapis.com/auth/drive", "openid", "email", "profile", "impersonation"},
}

func callback(ctx context.Context, code string) { drive.Exchange(ctx, code) }

var serviceAccount = &jwt.Config{
	TokenURL: "https://oauth2.googleapis.com/token",
	Scopes:   []string{"https://www.googleapis.com/auth/drive.readonly"},
}

// oidc has no endpoint this package can see, and scopes DocuSign does not
// define at all: another provider's.
func oidc(ep oauth2.Endpoint) *oauth2.Config {
	return &oauth2.Config{Endpoint: ep, Scopes: []string{"openid", "email", "profile"}}
}

// docusign makes the package a DocuSign integration.
var docusign = &jwt.Config{
	TokenURL: "https://account-d.docusign.com/oauth/token",
	Audience: "account-d.docusign.com",
	Scopes:   []string{"signature", "impersonation"},
}
