// Package clean mentions DocuSign without legacy auth: nothing to report.
package clean

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

const restBase = "https://www.docusign.net/restapi"

// Docs mention X-DocuSign-Authentication in comments only.
func Do(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("X-DocuSign-SDK", "go")
}

// Other providers' password grants are not DocuSign's legacy endpoint.
const otherGrant = "grant_type=password&username=u"

// A password grant at another identity provider, for a client whose name
// happens to mention DocuSign.
const oktaGrant = "grant_type=password&client_id=docusign-sync&username=u&password=p"

// Messages that talk about legacy authentication do not use it.
func Explain(err error) error {
	log.Printf("legacy <DocuSignCredentials> login to https://www.docusign.net/restapi/v2/oauth2/token is retired")
	return fmt.Errorf("remove the <DocuSignCredentials> header: %w", err)
}

// Password grants at other identity providers whose token endpoint is also
// called oauth2/token, in a package that talks to DocuSign.
func Salesforce(instance, user, pass string) (*http.Response, error) {
	return http.PostForm(instance+"/services/oauth2/token", url.Values{"grant_type": {"password"}, "username": {user}, "password": {pass}})
}

func AzureAD(tenant, user, pass string) (*http.Response, error) {
	return http.PostForm(fmt.Sprintf("https://login.microsoftonline.com/%s/oauth2/token", tenant), url.Values{"grant_type": {"password"}, "username": {user}, "password": {pass}})
}

// A host-less /oauth2/token without a password grant is not the legacy login.
func ClientCredentials(base, id, secret string) (*http.Response, error) {
	return http.PostForm(base+"/oauth2/token", url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}})
}

// "password" that is not a grant type.
func Login(base, user, pass string) (*http.Response, error) {
	return http.PostForm(base+"/oauth2/token", url.Values{"username": {user}, "password": {"password"}})
}

// The negative twins of header's helpers: a helper returning the bearer
// header, a helper naming another header.
func bearerHeader(token string) (string, string) { return "Authorization", "Bearer " + token }

func SetBearer(req *http.Request, token string) { req.Header.Set(bearerHeader(token)) }

func sdkHeaderName() string { return "X-DocuSign-" + "SDK" }

func SetSDK(req *http.Request) { req.Header.Set(sdkHeaderName(), "go") }

// The legacy path under a base URL parameter without a password grant.
func ClientCredentialsV2(base, id, secret string) (*http.Response, error) {
	return http.PostForm(base+"/v2/oauth2/token", url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}})
}

// Another provider's host returned by a helper, the same path appended.
func otherHost() string { return "https://login.example.com/restapi" }

func OtherTokenURL() string { return otherHost() + "/v2/oauth2/token" }
