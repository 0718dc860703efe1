// Package bothflows runs the JWT grant by hand and the authorization code
// grant: the impersonation URL is the JWT consent URL, the other one is the
// code grant's.
package bothflows

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	authServer = "https://account.docusign.com"
	jwtBearer  = "urn:ietf:params:oauth:grant-type:jwt-bearer"
)

func consentURL(ik string) string {
	return authServer + "/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=" + ik
}

func loginURL(ik string) string {
	return authServer + "/oauth/auth?response_type=code&scope=signature%20extended&client_id=" + ik
}

func jwtToken(assertion string) (*http.Response, error) {
	return http.PostForm(authServer+"/oauth/token", url.Values{"grant_type": {jwtBearer}, "assertion": {assertion}})
}

func codeToken(code string) (*http.Response, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}}
	return http.Post(authServer+"/oauth/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}
