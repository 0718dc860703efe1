// Package builturl: redirect URIs inside authorization URLs built from
// pieces, and redirect URIs returned by helpers (DS105), resolved where they
// are used.
package builturl

import (
	"fmt"
	"net/url"
	"os"

	"golang.org/x/oauth2"
)

const authServer = "https://account.docusign.com"

const (
	callback     = "https://app.example.com/cb#done"
	goodCallback = "https://app.example.com/cb"
)

// ConsentURL escapes a redirect URI with a fragment into the query.
func ConsentURL(ik string) string {
	return authServer + "/oauth/auth?response_type=code&scope=signature&client_id=" + ik + "&redirect_uri=" + url.QueryEscape(callback) // want `DS105: redirect_uri "https://app\.example\.com/cb#done" has a fragment`
}

// SprintfURL formats the same URL.
func SprintfURL(ik string) string {
	return fmt.Sprintf("%s/oauth/auth?response_type=code&client_id=%s&redirect_uri=%s", authServer, ik, url.QueryEscape(redirectURI())) // want `DS105: redirect_uri "localhost:8080/cb" has no scheme`
}

// StructURL builds the URL with net/url.
func StructURL(ik string) string {
	u := url.URL{Scheme: "https", Host: "account.docusign.com", Path: "/oauth/auth",
		RawQuery: "response_type=code&client_id=" + ik + "&redirect_uri=" + url.QueryEscape(callback)} // want `DS105: redirect_uri "https://app\.example\.com/cb#done" has a fragment`
	return u.String()
}

// StructGoogle is the twin at another provider's server.
func StructGoogle(ik string) string {
	u := url.URL{Scheme: "https", Host: "accounts.google.com", Path: "/o/oauth2/v2/auth",
		RawQuery: "response_type=code&client_id=" + ik + "&redirect_uri=" + url.QueryEscape(callback)}
	return u.String()
}

func redirectURI() string { return "localhost:8080/cb" }

// Form sets a redirect URI a helper returns.
func Form() url.Values {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("redirect_uri", redirectURI()) // want `DS105: redirect URI "localhost:8080/cb" has no scheme`
	return q
}

// GoodURL is the twin with a registered redirect URI.
func GoodURL(ik string) string {
	return authServer + "/oauth/auth?response_type=code&scope=signature&client_id=" + ik + "&redirect_uri=" + url.QueryEscape(goodCallback)
}

// EnvURL reads the redirect URI from the environment: not known, not checked.
func EnvURL(ik string) string {
	return authServer + "/oauth/auth?response_type=code&client_id=" + ik + "&redirect_uri=" + url.QueryEscape(os.Getenv("REDIRECT_URI"))
}

// EnvForm sets a redirect URI read from the environment.
func EnvForm() url.Values {
	q := url.Values{}
	q.Set("redirect_uri", envRedirect())
	return q
}

func envRedirect() string { return os.Getenv("REDIRECT_URI") }

// GoogleURL is another provider's authorization URL: its redirect URI is
// Google's business.
func GoogleURL(ik string) string {
	return "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&client_id=" + ik + "&redirect_uri=" + url.QueryEscape(callback)
}

// ConfiguredURL appends the query to a server read from configuration.
func ConfiguredURL(server, ik string) string {
	return server + "/oauth/auth?response_type=code&client_id=" + ik + "&redirect_uri=" + url.QueryEscape(callback)
}

// ParsedConfig is a code-grant config whose authorization URL is parsed
// from DocuSign's auth server.
func ParsedConfig() *oauth2.Config {
	au, _ := url.Parse(authServer + "/oauth/auth")
	return &oauth2.Config{ClientID: "ik", RedirectURL: callback, Endpoint: oauth2.Endpoint{AuthURL: au.String()}} // want `DS105: redirect URI "https://app\.example\.com/cb#done" has a fragment`
}

// ParsedGoogleConfig is the twin parsed from another provider's
// authorization server: its redirect URI is Google's business.
func ParsedGoogleConfig() *oauth2.Config {
	au, _ := url.Parse("https://accounts.google.com/o/oauth2/v2/auth")
	return &oauth2.Config{ClientID: "ik", RedirectURL: callback, Endpoint: oauth2.Endpoint{AuthURL: au.String()}}
}

// ParsedQuery sets the redirect URI in the query of DocuSign's parsed
// authorization URL.
func ParsedQuery() string {
	u, _ := url.Parse(authServer + "/oauth/auth?response_type=code")
	q := u.Query()
	q.Set("redirect_uri", callback) // want `DS105: redirect URI "https://app\.example\.com/cb#done" has a fragment`
	u.RawQuery = q.Encode()
	return u.String()
}

// ParsedGoogleQuery is the twin setting it in the query of Google's.
func ParsedGoogleQuery() string {
	u, _ := url.Parse("https://accounts.google.com/o/oauth2/v2/auth?response_type=code")
	q := u.Query()
	q.Set("redirect_uri", callback)
	u.RawQuery = q.Encode()
	return u.String()
}
