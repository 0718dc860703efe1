// Package clean mentions DocuSign without legacy auth: nothing to report.
package clean

import (
	"fmt"
	"log"
	"net/http"
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
