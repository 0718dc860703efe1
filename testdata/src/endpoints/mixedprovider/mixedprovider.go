// Package mixedprovider signs users in with DocuSign and with other OAuth
// providers in one package: DocuSign's redirect URI rule (DS105) applies to
// the DocuSign config only.
package mixedprovider

import (
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/endpoints"
)

var DocuSign = &oauth2.Config{
	ClientID: "ik",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://account.docusign.com/oauth/auth",
		TokenURL: "https://account.docusign.com/oauth/token",
	},
	RedirectURL: "localhost:8080/callback", // want `^DS105: redirect URI "localhost:8080/callback" has no scheme`
}

// Google's one-time-code flow for JavaScript clients: "postmessage" is
// Google's own redirect value.
var Google = &oauth2.Config{
	ClientID: "id",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://accounts.google.com/o/oauth2/auth",
		TokenURL: "https://oauth2.googleapis.com/token",
	},
	RedirectURL: "postmessage",
}

// GitHub through x/oauth2's endpoint variable.
var GitHub = &oauth2.Config{ClientID: "id", Endpoint: endpoints.GitHub, RedirectURL: "http://localhost:8080/cb#github"}

// Endpoint from configuration: as far as anyone can tell it is DocuSign's.
func Configured(ep oauth2.Endpoint) *oauth2.Config {
	return &oauth2.Config{ClientID: "ik", Endpoint: ep, RedirectURL: "https://app.example.com/cb#done"} // want `^DS105: redirect URI "https://app.example.com/cb#done" has a fragment`
}
