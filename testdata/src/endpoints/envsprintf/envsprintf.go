// Package envsprintf builds eSignature URLs with fmt.Sprintf. A production
// data-center constant elsewhere in the package does not switch the demo
// host of a URL that is always built with it (DS101); a base chosen by
// configuration does.
package envsprintf

import (
	"fmt"
	"net/http"
	"os"
)

// prodDataCenter is used only to recognise Connect callbacks.
const prodDataCenter = "https://na2.docusign.net"

// FromProduction reports whether a Connect callback came from production.
func FromProduction(origin string) bool { return origin == prodDataCenter }

// EnvelopeURL always talks to the sandbox.
func EnvelopeURL(accountID, envelopeID string) string {
	return fmt.Sprintf("https://demo.docusign.net/restapi/v2.1/accounts/%s/envelopes/%s", accountID, envelopeID) // want `DS101: DocuSign demo host demo\.docusign\.net hardcoded`
}

// GetEnvelope does too, through a variable.
func GetEnvelope(c *http.Client, accountID, envelopeID string) (*http.Response, error) {
	u := fmt.Sprintf("https://demo.docusign.net/restapi/v2.1/accounts/%s/envelopes/%s", accountID, envelopeID) // want `DS101: DocuSign demo host demo\.docusign\.net hardcoded`
	return c.Get(u)
}

// The twin: the URL is built in both branches of a configuration switch.
func EnvelopeURLSwitched(accountID, envelopeID string) string {
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		return fmt.Sprintf("https://www.docusign.net/restapi/v2.1/accounts/%s/envelopes/%s", accountID, envelopeID) // want `DS104: eSignature base URI pinned to data center www\.docusign\.net`
	}
	return fmt.Sprintf("https://demo.docusign.net/restapi/v2.1/accounts/%s/envelopes/%s", accountID, envelopeID)
}
