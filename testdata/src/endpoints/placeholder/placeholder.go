// Package placeholder talks to DocuSign, but its redirect URIs are
// placeholders to be replaced, not URIs: no DS105.
package placeholder

import "golang.org/x/oauth2"

var Endpoint = oauth2.Endpoint{
	AuthURL:  "https://account.docusign.com/oauth/auth",
	TokenURL: "https://account.docusign.com/oauth/token",
}

var configs = []*oauth2.Config{
	{ClientID: "ik", Endpoint: Endpoint, RedirectURL: "REDIRECT_URI"},
	{ClientID: "ik", Endpoint: Endpoint, RedirectURL: "YOUR_REDIRECT_URI"},
	{ClientID: "ik", Endpoint: Endpoint, RedirectURL: "<your-redirect-uri>"},
	{ClientID: "ik", Endpoint: Endpoint, RedirectURL: "your-redirect-uri"},
	{ClientID: "ik", Endpoint: Endpoint, RedirectURL: "callback"}, // want `DS105: redirect URI "callback" has no scheme`
}
