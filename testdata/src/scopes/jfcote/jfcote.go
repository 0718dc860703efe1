// Package jfcote: the jfcote87/oauth2 fork esign is built on.
package jfcote

import (
	"context"

	"github.com/jfcote87/oauth2"
	"github.com/jfcote87/oauth2/jwt"
)

var code = &oauth2.Config{
	ClientID: "ik",
	Endpoint: oauth2.Endpoint{AuthURL: "https://account.docusign.com/oauth/auth", TokenURL: "https://account.docusign.com/oauth/token"},
	Scopes:   []string{"signature", "impersonation"}, // want `DS402: "impersonation" scope in oauth2.Config of a code grant`
}

func callback(ctx context.Context, c string) (*oauth2.Token, error) { return code.Exchange(ctx, c) }

// consent is never exchanged.
var consent = &oauth2.Config{
	ClientID: "ik",
	Endpoint: oauth2.Endpoint{AuthURL: "https://account.docusign.com/oauth/auth", TokenURL: "https://account.docusign.com/oauth/token"},
	Scopes:   []string{"signature", "impersonation"},
}

func consentURL() string { return consent.AuthCodeURL("st") }

func jwtConfig(user string) *jwt.Config {
	return &jwt.Config{
		Issuer:   "ik",
		Subject:  user,
		TokenURL: "https://account.docusign.com/oauth/token",
		Audience: "account.docusign.com",
		Scopes:   []string{"signature", "extended"}, // want `DS401: "extended" scope in jwt.Config` `DS403: jwt.Config requests no "impersonation" scope \(consent_required\)`
	}
}
