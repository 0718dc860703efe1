// Package redirect: redirect URIs with a fragment or without a scheme (DS105).
package redirect

import (
	"net/url"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
)

var endpoint = oauth2.Endpoint{
	AuthURL:  "https://account.docusign.com/oauth/auth",
	TokenURL: "https://account.docusign.com/oauth/token",
}

func Configs() []*oauth2.Config {
	return []*oauth2.Config{
		{ClientID: "ik", Endpoint: endpoint, RedirectURL: "localhost:8080/callback"},          // want `DS105: redirect URI "localhost:8080/callback" has no scheme`
		{ClientID: "ik", Endpoint: endpoint, RedirectURL: "https://app.example.com/cb#done"},  // want `DS105: redirect URI "https://app\.example\.com/cb#done" has a fragment`
		{ClientID: "ik", Endpoint: endpoint, RedirectURL: "app.example.com/callback"},         // want `DS105: .* has no scheme`
		{ClientID: "ik", Endpoint: endpoint, RedirectURL: "https://app.example.com/callback"}, // correct
		{ClientID: "ik", Endpoint: endpoint, RedirectURL: "http://localhost:8080/callback"},   // correct
		{ClientID: "ik", Endpoint: endpoint, RedirectURL: "com.example.app:/oauth2redirect"},  // correct: custom scheme
	}
}

func Assigned(c *oauth2.Config) {
	c.RedirectURL = "example.com:443/cb" // want `DS105: .* has no scheme`
}

func Esign() *esign.OAuth2Config {
	return &esign.OAuth2Config{IntegratorKey: "ik", RedirURL: "/callback"} // want `DS105: redirect URI "/callback" has no scheme`
}

func Form(v url.Values) {
	v.Set("redirect_uri", "https://app.example.com/cb#x") // want `DS105: .* has a fragment`
	v.Set("state", "abc#def")
}

const consentURL = "https://account.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=ik&redirect_uri=localhost%3A8080%2Fcb" // want `DS105: redirect_uri "localhost:8080/cb" has no scheme`

const goodConsentURL = "https://account.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=ik&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb"

// Configuration read at run time is not checked.
func FromConfig(c *oauth2.Config, redirect string) { c.RedirectURL = redirect }
