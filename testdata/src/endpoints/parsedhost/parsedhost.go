// Package parsedhost: demo hosts parsed with net/url and sent on (DS101),
// and the twins whose URL is switched to production after the parse.
package parsedhost

import (
	"io"
	"net/http"
	"net/url"
	"os"

	"golang.org/x/oauth2"
)

// TokenEndpoint parses the demo auth server: the sandbox after Go Live.
func TokenEndpoint() oauth2.Endpoint {
	u, err := url.Parse("https://account-d.docusign.com") // want `DS101: DocuSign demo auth server account-d\.docusign\.com`
	if err != nil {
		return oauth2.Endpoint{}
	}
	u.Path = "/oauth/token"
	return oauth2.Endpoint{TokenURL: u.String()}
}

// SwitchedEndpoint is the twin whose host is production's when the
// environment says so.
func SwitchedEndpoint() oauth2.Endpoint {
	u, err := url.Parse("https://account-d.docusign.com")
	if err != nil {
		return oauth2.Endpoint{}
	}
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		u.Host = "account.docusign.com"
	}
	u.Path = "/oauth/token"
	return oauth2.Endpoint{TokenURL: u.String()}
}

// ReparsedEndpoint is the twin parsing production's server instead when the
// environment says so.
func ReparsedEndpoint() oauth2.Endpoint {
	u, err := url.Parse("https://account-d.docusign.com")
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		u, err = url.Parse("https://account.docusign.com")
	}
	if err != nil {
		return oauth2.Endpoint{}
	}
	u.Path = "/oauth/token"
	return oauth2.Endpoint{TokenURL: u.String()}
}

// TokenRequest posts to the demo token endpoint joined onto the parsed
// server.
func TokenRequest(body io.Reader) (*http.Request, error) {
	u, err := url.Parse("https://account-d.docusign.com") // want `DS101: DocuSign demo auth server account-d\.docusign\.com`
	if err != nil {
		return nil, err
	}
	u = u.JoinPath("oauth", "token")
	return http.NewRequest("POST", u.String(), body)
}

// settings are the application's token settings.
type settings struct{ TokenURL string }

// demoSettings is the sandbox preset, built from the parsed demo server.
func demoSettings() settings {
	u, err := url.Parse("https://account-d.docusign.com")
	if err != nil {
		return settings{}
	}
	u.Path = "/oauth/token"
	return settings{TokenURL: u.String()}
}

// prodSettings is production's preset of the same field: the environment
// is chosen at run time.
func prodSettings() settings {
	return settings{TokenURL: "https://account.docusign.com/oauth/token"}
}

// Settings returns the preset the environment asks for.
func Settings() settings {
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		return prodSettings()
	}
	return demoSettings()
}
