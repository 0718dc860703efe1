// Package endpoints provides constants for using OAuth2 to access various services.
//
// Stub of golang.org/x/oauth2/endpoints: a subset of its variables, with
// their real names, types and values.
package endpoints

import "golang.org/x/oauth2"

// Dropbox is the endpoint for Dropbox.
var Dropbox = oauth2.Endpoint{
	AuthURL:  "https://www.dropbox.com/oauth2/authorize",
	TokenURL: "https://api.dropboxapi.com/oauth2/token",
}

// GitHub is the endpoint for Github.
var GitHub = oauth2.Endpoint{
	AuthURL:       "https://github.com/login/oauth/authorize",
	TokenURL:      "https://github.com/login/oauth/access_token",
	DeviceAuthURL: "https://github.com/login/device/code",
}
