// Package forms: authorization requests whose query is built with url.Values.
package forms

import "net/url"

const authURL = "https://account-d.docusign.com/oauth/auth"

// consent is the JWT consent URL: its code is never exchanged here.
func consent(ik, redirect string) string {
	q := url.Values{"response_type": {"code"}, "scope": {"signature impersonation"}, "client_id": {ik}, "redirect_uri": {redirect}}
	return authURL + "?" + q.Encode()
}

func implicit(ik string) string {
	q := url.Values{"response_type": {"token"}, "scope": {"signature extended"}, "client_id": {ik}} // want `DS401: "extended" scope in implicit-grant request`
	return authURL + "?" + q.Encode()
}

func plus(ik string) string {
	q := url.Values{"response_type": {"code"}, "scope": {"signature+impersonation"}, "client_id": {ik}} // want `DS404: scopes "signature\+impersonation" in authorization request joined with "\+"`
	return authURL + "?" + q.Encode()
}

func set(ik string) string {
	q := url.Values{}
	q.Set("response_type", "token")
	q.Set("client_id", ik)
	q.Set("scope", "signature extended") // want `DS401: "extended" scope in implicit-grant request`
	return authURL + "?" + q.Encode()
}

func setTypo(ik string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("scope", "signature impersonatoin") // want `DS405: unknown scope "impersonatoin" in authorization request \(invalid_scope; meant "impersonation"\?\)`
	return authURL + "?" + q.Encode()
}

// search is an unrelated query with a scope parameter.
func search(term string) string {
	q := url.Values{"scope": {"all,archived"}, "q": {term}}
	return "https://search.example.com/?" + q.Encode()
}
