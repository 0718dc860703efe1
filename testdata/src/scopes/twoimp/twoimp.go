// Package twoimp builds two authorization requests by hand, both asking for
// impersonation, and exchanges codes: no request is a plain login, so the
// impersonation scope is asked for in a code grant (DS402).
package twoimp

import (
	"net/http"
	"net/url"
	"os"
)

const authServer = "https://account.docusign.com"

func LoginURL(redirect string) string {
	return authServer + "/oauth/auth?" + url.Values{"response_type": {"code"}, "scope": {"signature impersonation"}, "client_id": {os.Getenv("IK")}, "redirect_uri": {redirect}}.Encode() // want `DS402: "impersonation" scope`
}

func AdminURL(redirect string) string {
	return authServer + "/oauth/auth?" + url.Values{"response_type": {"code"}, "scope": {"signature impersonation organization_read"}, "client_id": {os.Getenv("IK")}, "redirect_uri": {redirect}}.Encode() // want `DS402: "impersonation" scope`
}

func ExchangeCode(code string) (*http.Response, error) {
	return http.PostForm(authServer+"/oauth/token", url.Values{"grant_type": {"authorization_code"}, "code": {code}})
}
