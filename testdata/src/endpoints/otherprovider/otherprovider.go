// Package otherprovider runs OAuth against Google and GitHub, not DocuSign:
// DocuSign's redirect URI rules (DS105) do not apply, and placeholders are
// not redirect URIs at all.
package otherprovider

import (
	"net/url"

	"golang.org/x/oauth2"
)

var google = oauth2.Endpoint{
	AuthURL:  "https://accounts.google.com/o/oauth2/auth",
	TokenURL: "https://oauth2.googleapis.com/token",
}

// Installed-app flow: Google's out-of-band redirect.
var installed = &oauth2.Config{ClientID: "id", Endpoint: google, RedirectURL: "urn:ietf:wg:oauth:2.0:oob"}

var cli = &oauth2.Config{ClientID: "id", Endpoint: google, RedirectURL: "oob"}

const githubAuth = "https://github.com/login/oauth/authorize?client_id=x&redirect_uri=localhost%3A8080%2Fcb"

func Form(v url.Values) {
	v.Set("redirect_uri", "REDIRECT_URI")
}
