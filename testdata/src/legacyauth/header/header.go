// Package header: legacy X-DocuSign-Authentication header auth (DS601).
package header

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const credsTemplate = "<DocuSignCredentials><Username>%s</Username><Password>%s</Password><IntegratorKey>%s</IntegratorKey></DocuSignCredentials>" // want `DS601: <DocuSignCredentials> payload \(legacy auth, fails since 2026-09-30\)`

func Set(req *http.Request, user, pass, ik string) {
	req.Header.Set("X-DocuSign-Authentication", fmt.Sprintf(credsTemplate, user, pass, ik)) // want `DS601: X-DocuSign-Authentication header`
}

func Add(req *http.Request, v string) {
	req.Header.Add("x-docusign-authentication", v) // want `DS601: X-DocuSign-Authentication header`
}

func Literal(v string) http.Header {
	return http.Header{"X-Docusign-Authentication": {v}} // want `DS601: X-DocuSign-Authentication header`
}

func Index(h http.Header, v string) {
	h["X-DocuSign-Authentication"] = []string{v} // want `DS601: X-DocuSign-Authentication header`
}

const legacyHeader = "X-DocuSign-Authentication"

func ViaConst(req *http.Request, v string) {
	req.Header.Set(legacyHeader, v) // want `DS601: X-DocuSign-Authentication header through constant legacyHeader \(legacy auth, fails since 2026-09-30\)`
}

func IndexViaConst(h http.Header, v string) {
	h[legacyHeader] = []string{v} // want `DS601: X-DocuSign-Authentication header through constant legacyHeader \(legacy auth, fails since 2026-09-30\)`
}

// Reading it through the constant is a lookup.
func HasLegacy(h http.Header) bool { return h.Get(legacyHeader) != "" }

// A proxy that strips the header is not using it.
func Strip(req *http.Request) bool {
	had := req.Header.Get("X-DocuSign-Authentication") != ""
	req.Header.Del("X-DocuSign-Authentication")
	return had
}

func PasswordGrant(user, pass string) (*http.Response, error) {
	form := "grant_type=password&client_id=ik&username=" + url.QueryEscape(user) + "&password=" + url.QueryEscape(pass) + "&scope=api"
	return http.Post("https://demo.docusign.net/restapi/v2/oauth2/token", "application/x-www-form-urlencoded", strings.NewReader(form)) // want `DS601: password grant on DocuSign's legacy /oauth2/token endpoint`
}

const restV2 = "https://demo.docusign.net/restapi/v2"

// The endpoint built from a base URL constant: the concatenation names it.
func PasswordGrantConcat(ik, user, pass string) (*http.Response, error) {
	form := url.Values{"grant_type": {"password"}, "client_id": {ik}, "username": {user}, "password": {pass}, "scope": {"api"}}
	return http.PostForm(restV2+"/oauth2/token", form) // want `DS601: password grant on DocuSign's legacy /oauth2/token endpoint`
}

// The base URL comes from configuration: the path and the password grant
// in one function of a DocuSign package are the legacy login.
func PasswordGrantConfigured(base, ik, user, pass string) (*http.Response, error) {
	v := url.Values{}
	v.Set("grant_type", "password")
	v.Set("client_id", ik)
	v.Set("username", user)
	v.Set("password", pass)
	return http.Post(fmt.Sprintf("%s/oauth2/token", base), "application/x-www-form-urlencoded", strings.NewReader(v.Encode())) // want `DS601: password grant on DocuSign's legacy /oauth2/token endpoint`
}

// op mirrors an API client's request description (esign.Op): a path under
// the account's base URL and a form payload.
type op struct {
	Path    string
	Payload url.Values
}

const tokenPath = "/oauth2/token"

func PasswordGrantOp(ik, user, pass string) op {
	form := map[string][]string{"client_id": {ik}, "username": {user}, "password": {pass}}
	form["grant_type"] = []string{"password"}
	return op{Path: tokenPath, Payload: form} // want `DS601: password grant on DocuSign's legacy /oauth2/token endpoint`
}

// Modern bearer auth is fine.
func Bearer(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
}

// The header name and value returned by a helper.
func authHeader(creds string) (string, string) {
	return "X-DocuSign-Authentication", creds
}

func SetViaHelper(req *http.Request, creds string) {
	req.Header.Set(authHeader(creds)) // want `DS601: X-DocuSign-Authentication header returned by authHeader \(legacy auth, fails since 2026-09-30\)`
}

const dsPrefix = "X-DocuSign-"

// The header name from a helper function, built from a constant prefix.
func legacyHeaderName() string { return dsPrefix + "Authentication" }

func SetNamed(req *http.Request, v string) {
	req.Header.Set(legacyHeaderName(), v) // want `DS601: X-DocuSign-Authentication header returned by legacyHeaderName \(legacy auth, fails since 2026-09-30\)`
}

// Reading the header through the helper is a lookup.
func ReadNamed(req *http.Request) string { return req.Header.Get(legacyHeaderName()) }

// A password grant posted to a base URL parameter plus the legacy path.
func PasswordGrantBase(base, ik, user, pass string) (*http.Response, error) {
	form := url.Values{"grant_type": {"password"}, "client_id": {ik}, "username": {user}, "password": {pass}}
	return http.PostForm(base+"/v2/oauth2/token", form) // want `DS601: password grant on DocuSign's legacy /oauth2/token endpoint`
}

// The DocuSign host returned by a helper, the legacy path appended.
func restHost() string { return "https://demo.docusign.net/restapi" }

func TokenURL() string {
	return restHost() + "/v2/oauth2/token" // want `DS601: password grant on DocuSign's legacy /oauth2/token endpoint`
}
