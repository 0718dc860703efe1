// Package computedurl builds consent URLs with the scope computed from a
// list: the list and its separator are checked like a constant URL's.
package computedurl

import (
	"net/url"
	"os"
	"strings"
)

var jwtScopes = []string{"signature", "impersonation"}

const authURL = "https://account-d.docusign.com/oauth/auth?response_type=code&scope="

func commaEscaped(redirect string) string {
	return authURL + url.QueryEscape(strings.Join(jwtScopes, ",")) + "&client_id=" + os.Getenv("IK") + "&redirect_uri=" + url.QueryEscape(redirect) // want `DS404: scopes of the authorization URL joined with ","`
}

func spaceEscaped(redirect string) string {
	return authURL + url.QueryEscape(strings.Join(jwtScopes, " ")) + "&client_id=" + os.Getenv("IK") + "&redirect_uri=" + url.QueryEscape(redirect)
}

// Already-encoded separators are right in a raw query.
func encoded() string {
	return authURL + strings.Join(jwtScopes, "%20") + "&client_id=" + os.Getenv("IK")
}

func plus() string {
	return authURL + strings.Join(jwtScopes, "+") + "&client_id=" + os.Getenv("IK")
}

// Encoded again by QueryEscape, "+" becomes %2B: one unknown scope.
func plusEscaped() string {
	return authURL + url.QueryEscape(strings.Join(jwtScopes, "+")) + "&client_id=" + os.Getenv("IK") // want `DS404: scopes of the authorization URL joined with "\+"`
}

var codeScopes = []string{"signature", "extended"} // want `DS401: "extended" scope in implicit-grant URL`

// An implicit grant asking for extended.
func implicit() string {
	return "https://account-d.docusign.com/oauth/auth?response_type=token&scope=" + strings.Join(codeScopes, "%20") + "&client_id=" + os.Getenv("IK")
}

// Another provider's URL is not DocuSign's.
func google() string {
	return "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&scope=" + url.QueryEscape(strings.Join([]string{"openid", "email"}, ","))
}
