// Package appredirect builds authorization requests whose only DocuSign
// evidence is the auth host and token URL of appconfig's preset (values
// facts): redirect URIs of those requests are DocuSign's (DS105), those of
// another provider's or of configuration read from the environment are not.
package appredirect

import (
	"net/url"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/endpoints"

	"values/appconfig"
)

// Implicit is a hand-built implicit-grant URL at the preset's auth host.
func Implicit(cfg appconfig.Config) string {
	cb := "https://app.example.com/app#signed"
	return "https://" + cfg.AuthHost() + "/oauth/auth?response_type=token&client_id=ik" +
		"&redirect_uri=" + url.QueryEscape(cb) // want `DS105: redirect_uri "https://app\.example\.com/app#signed" has a fragment`
}

// Code is a code-grant config at the preset's endpoints.
func Code(cfg appconfig.Config) *oauth2.Config {
	return &oauth2.Config{
		ClientID:    "ik",
		RedirectURL: "app.example.com/callback", // want `DS105: redirect URI "app\.example\.com/callback" has no scheme`
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://" + cfg.AuthHost() + "/oauth/auth",
			TokenURL: cfg.DocuSign.TokenURL,
		},
	}
}

// EnvCode is the twin whose token URL is read from the environment: nothing
// says whose it is.
func EnvCode(env appconfig.Env) *oauth2.Config {
	return &oauth2.Config{
		ClientID:    "ik",
		RedirectURL: "app.example.com/callback",
		Endpoint:    oauth2.Endpoint{TokenURL: env.TokenURL},
	}
}

// GitHubCode is the twin with another provider's endpoint.
func GitHubCode() *oauth2.Config {
	return &oauth2.Config{ClientID: "ik", RedirectURL: "app.example.com/callback", Endpoint: endpoints.GitHub}
}

// GoogleImplicit is the twin at another provider's authorization server.
func GoogleImplicit(g appconfig.Google) string {
	cb := "https://app.example.com/app#signed"
	return g.TokenURL + "?response_type=token&client_id=ik&redirect_uri=" + url.QueryEscape(cb)
}

// ParsedImplicit parses the preset's auth server and sets the query
// through u.Query().
func ParsedImplicit(cfg appconfig.Config) string {
	u, err := url.Parse("https://" + cfg.AuthHost())
	if err != nil {
		return ""
	}
	u.Path = "/oauth/auth"
	q := u.Query()
	q.Set("response_type", "token")
	q.Set("redirect_uri", "https://app.example.com/app#signed")
	u.RawQuery = q.Encode()
	return u.String() // want `DS105: redirect_uri "https://app\.example\.com/app#signed" has a fragment`
}

// EnvParsedImplicit is the twin parsing a server read from the
// environment: nothing says whose it is.
func EnvParsedImplicit(env appconfig.Env) string {
	u, err := url.Parse(env.TokenURL)
	if err != nil {
		return ""
	}
	u.Path = "/oauth/auth"
	q := u.Query()
	q.Set("response_type", "token")
	q.Set("redirect_uri", "https://app.example.com/app#signed")
	u.RawQuery = q.Encode()
	return u.String()
}

// GoogleParsedImplicit is the twin parsing another provider's server.
func GoogleParsedImplicit(g appconfig.Google) string {
	u, err := url.Parse(g.TokenURL)
	if err != nil {
		return ""
	}
	u.Path = "/oauth/auth"
	q := u.Query()
	q.Set("response_type", "token")
	q.Set("redirect_uri", "https://app.example.com/app#signed")
	u.RawQuery = q.Encode()
	return u.String()
}

// ParsedCode is a code-grant config whose authorization URL is parsed from
// the preset's auth host.
func ParsedCode(cfg appconfig.Config) *oauth2.Config {
	au, err := url.Parse("https://" + cfg.AuthHost())
	if err != nil {
		return nil
	}
	au = au.JoinPath("oauth", "auth")
	return &oauth2.Config{
		ClientID:    "ik",
		RedirectURL: "app.example.com/callback", // want `DS105: redirect URI "app\.example\.com/callback" has no scheme`
		Endpoint:    oauth2.Endpoint{AuthURL: au.String()},
	}
}

// EnvParsedCode is the twin parsing a server read from the environment.
func EnvParsedCode(env appconfig.Env) *oauth2.Config {
	au, err := url.Parse(env.TokenURL)
	if err != nil {
		return nil
	}
	au = au.JoinPath("oauth", "auth")
	return &oauth2.Config{
		ClientID:    "ik",
		RedirectURL: "app.example.com/callback",
		Endpoint:    oauth2.Endpoint{AuthURL: au.String()},
	}
}

// ParsedBuilt parses a hand-built authorization URL: one finding, at the
// literal its redirect_uri follows.
func ParsedBuilt(cfg appconfig.Config) string {
	u, err := url.Parse("https://" + cfg.AuthHost() + "/oauth/auth?response_type=token&redirect_uri=" + url.QueryEscape("https://app.example.com/app#signed")) // want `DS105: redirect_uri "https://app\.example\.com/app#signed" has a fragment`
	if err != nil {
		return ""
	}
	return u.String()
}
