// Package urlexchange: a hand-built authorization URL whose code is
// exchanged by a hand-rolled token request.
package urlexchange

import (
	"net/http"
	"net/url"
	"strings"
)

const authURL = "https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=" // want `DS402: "impersonation" scope in authorization URL of a code grant \(JWT only`

func login(ik string) string { return authURL + ik }

func exchange(code string) (*http.Response, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}}
	return http.Post("https://account-d.docusign.com/oauth/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}
