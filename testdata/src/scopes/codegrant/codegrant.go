// Package codegrant: authorization code grant with x/oauth2, and a JWT
// consent URL built with the same library whose code is never exchanged.
package codegrant

import (
	"context"

	"golang.org/x/oauth2"
)

var endpoint = oauth2.Endpoint{
	AuthURL:  "https://account-d.docusign.com/oauth/auth",
	TokenURL: "https://account-d.docusign.com/oauth/token",
}

// login is exchanged below: impersonation is wrong here.
var login = &oauth2.Config{
	ClientID: "ik",
	Endpoint: endpoint,
	Scopes:   []string{"signature", "extended", "impersonation"}, // want `DS402: "impersonation" scope in oauth2.Config of a code grant \(JWT only: grants nothing\)`
}

// consent only builds the JWT consent URL: its code is never exchanged.
var consent = &oauth2.Config{
	ClientID: "ik",
	Endpoint: endpoint,
	Scopes:   []string{"signature", "impersonation"},
}

func callback(ctx context.Context, code string) (*oauth2.Token, error) {
	return login.Exchange(ctx, code)
}

func consentURL() string { return consent.AuthCodeURL("state") }

type server struct{ conf *oauth2.Config }

func newServer() *server {
	return &server{conf: &oauth2.Config{
		Endpoint: endpoint,
		Scopes:   []string{"signature", "impersonation"}, // want `DS402: "impersonation" scope in oauth2.Config of a code grant`
	}}
}

func (s *server) callback(ctx context.Context, code string) {
	s.conf.Exchange(ctx, code)
}

func assigned(ctx context.Context, code string) {
	c := &oauth2.Config{Endpoint: endpoint}
	c.Scopes = []string{"signature", "impersonation"} // want `DS402: "impersonation" scope in oauth2.Config of a code grant`
	c.Exchange(ctx, code)
}

func typo() *oauth2.Config {
	return &oauth2.Config{Endpoint: endpoint, Scopes: []string{"signature;extended"}} // want `DS404: scopes "signature;extended" in oauth2.Config of a code grant joined with ";"`
}
