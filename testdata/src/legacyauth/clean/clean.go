// Package clean mentions DocuSign without legacy auth: nothing to report.
package clean

import "net/http"

const restBase = "https://www.docusign.net/restapi"

// Docs mention X-DocuSign-Authentication in comments only.
func Do(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("X-DocuSign-SDK", "go")
}

// Other providers' password grants are not DocuSign's legacy endpoint.
const otherGrant = "grant_type=password&username=u"
