// Package codeuse reuses scopedefs' consent URL for an authorization code
// that it exchanges itself, and runs no JWT grant.
package codeuse

import (
	"net/http"
	"net/url"
	"strings"

	"scopes/scopedefs"
)

func login(ik string) string {
	return scopedefs.ConsentURL + ik // want `DS402: "impersonation" scope in authorization URL of a code grant`
}

func exchange(c string) (*http.Response, error) {
	v := url.Values{}
	v.Set("grant_type", "authorization_code")
	v.Set("code", c)
	return http.Post("https://account-d.docusign.com/oauth/token", "application/x-www-form-urlencoded", strings.NewReader(v.Encode()))
}
