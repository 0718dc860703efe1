// Package otheridp logs in to an identity provider of its own with the
// password grant on a configured base URL. Nothing here is about DocuSign,
// so the host-less /oauth2/token is not DocuSign's legacy endpoint.
package otheridp

import (
	"net/http"
	"net/url"
)

func Login(base, user, pass string) (*http.Response, error) {
	return http.PostForm(base+"/oauth2/token", url.Values{"grant_type": {"password"}, "username": {user}, "password": {pass}})
}
