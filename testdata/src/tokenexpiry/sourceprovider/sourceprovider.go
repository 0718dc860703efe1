// Package sourceprovider builds DocuSign token sources and configs for other
// packages (SourceFunc facts); the Dropbox config it also builds is not
// DocuSign's, and neither is a plain token source passed through.
package sourceprovider

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

// TokenSource returns a refreshing DocuSign JWT token source.
func TokenSource(ctx context.Context, ik, user string, key []byte) oauth2.TokenSource { // want TokenSource:"returns DocuSign token source \\(result 0, JWT grant\\)"
	return (&jwt.Config{
		Email: ik, Subject: user, PrivateKey: key,
		Scopes:   []string{"signature", "impersonation"},
		TokenURL: "https://account.docusign.com/oauth/token",
		Audience: "account.docusign.com",
	}).TokenSource(ctx)
}

// OAuth returns the DocuSign Authorization Code grant configuration.
func OAuth(id, secret, redirect string) *oauth2.Config { // want OAuth:"returns DocuSign token source \\(result 0, authorization code grant\\)"
	return &oauth2.Config{
		ClientID: id, ClientSecret: secret, RedirectURL: redirect,
		Scopes: []string{"signature"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://account.docusign.com/oauth/auth",
			TokenURL: "https://account.docusign.com/oauth/token",
		},
	}
}

var jwtConf = &jwt.Config{TokenURL: "https://account.docusign.com/oauth/token", Audience: "account.docusign.com"}

// JWT returns the shared DocuSign JWT configuration and an error.
func JWT() (*jwt.Config, error) { // want JWT:"returns DocuSign token source \\(result 0, JWT grant\\)"
	return jwtConf, nil
}

// Dropbox returns the archive's Dropbox configuration.
func Dropbox() *oauth2.Config {
	return &oauth2.Config{Endpoint: oauth2.Endpoint{TokenURL: "https://api.dropboxapi.com/oauth2/token"}}
}

// Pass returns the token source it is given.
func Pass(ts oauth2.TokenSource) oauth2.TokenSource { return ts }
