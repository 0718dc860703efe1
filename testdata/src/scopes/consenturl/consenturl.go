// Package consenturl: the JWT consent URL built by hand. Its code is never
// exchanged, so impersonation is right there; implicit-grant URLs take no
// extended.
package consenturl

import (
	"fmt"
	"net/http"
)

const authServer = "https://account-d.docusign.com"

const consent = authServer + "/oauth/auth?response_type=code&scope=signature%20impersonation&client_id="

func consentURL(ik, redirect string) string {
	return consent + ik + "&redirect_uri=" + redirect
}

func consentPlus(ik string) string {
	return "https://account.docusign.com/oauth/auth?response_type=code&scope=signature+impersonation&client_id=" + ik
}

func implicit(ik string) string {
	return authServer + "/oauth/auth?response_type=token&scope=signature%20extended&client_id=" + ik // want `DS401: "extended" scope in implicit-grant URL`
}

// implicitQuery appends the query to a configured auth server.
func implicitQuery(authURL, ik string) string {
	return authURL + "?response_type=token&scope=signature+extended&client_id=" + ik // want `DS401: "extended" scope in implicit-grant URL`
}

// otherQuery is another provider's query (no DocuSign scope in it).
func otherQuery(authURL, ik string) string {
	return authURL + "?response_type=token&scope=openid+email&client_id=" + ik
}

func implicitOK(ik string) string {
	return authServer + "/oauth/auth?response_type=token&scope=signature&client_id=" + ik
}

func commaURL(ik string) string {
	return authServer + "/oauth/auth?response_type=code&scope=signature,impersonation&client_id=" + ik // want `DS404: scopes "signature,impersonation" in authorization URL joined with ","`
}

func typoURL(ik string) string {
	return authServer + "/oauth/auth?response_type=code&scope=signature%20impersonaton&client_id=" + ik // want `DS405: unknown scope "impersonaton" in authorization URL \(invalid_scope; meant "impersonation"\?\)`
}

// google is another provider's implicit URL: never checked.
func google(id string) string {
	return "https://accounts.google.com/o/oauth2/v2/auth?response_type=token&scope=extended%20email&client_id=" + id
}

func redirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, consentURL("ik", "https://app.example.com/cb"), http.StatusFound)
}

// Consent URLs built with fmt.Sprintf escape % as %%.
func sprintfConsent(ik, redirect string) string {
	return fmt.Sprintf("https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%%20impersonation&client_id=%s&redirect_uri=%s", ik, redirect)
}

func sprintfExtended(ik string) string {
	return fmt.Sprintf("https://account-d.docusign.com/oauth/auth?response_type=token&scope=signature%%20extended&client_id=%s", ik) // want `DS401: "extended" scope in implicit-grant URL`
}

func sprintfScopes(ik, scopes string) string {
	return fmt.Sprintf("https://account-d.docusign.com/oauth/auth?response_type=code&scope=%s&client_id=%s", scopes, ik)
}

// A URL only compared against (a test or a server checking what it got)
// is not a request: no DS405 for its made-up scope.
func isExpected(got string) bool {
	return got == "https://account-d.docusign.com/oauth/auth?response_type=token&scope=signature%20ASCOPE&client_id=ik"
}
