// Package prodhost is testhost with the DocuSign host in production code:
// the host-less legacy endpoint is reported.
package prodhost

import (
	"net/http"
	"net/url"
)

// DefaultBase is the production eSignature REST base.
const DefaultBase = "https://www.docusign.net/restapi"

func login(base, user, pass string) (*http.Response, error) {
	form := url.Values{"grant_type": {"password"}, "username": {user}, "password": {pass}}
	return http.PostForm(base+"/v2/oauth2/token", form) // want `DS601: password grant on DocuSign's legacy /oauth2/token endpoint`
}
