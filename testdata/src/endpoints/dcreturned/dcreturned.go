// Package dcreturned returns a bare data-center host from one function and
// appends the eSignature API path in another (DS104 at the host), next to
// twins whose bare host is completed with a path that is not a base URI.
package dcreturned

import (
	"fmt"
	"net/http"
)

func restHost() string { return "https://na2.docusign.net" } // want `DS104: eSignature base URI pinned to data center na2\.docusign\.net`

// Envelopes completes restHost's value into a base URI.
func Envelopes(c *http.Client, accountID string) (*http.Response, error) {
	return c.Get(restHost() + "/restapi/v2.1/accounts/" + accountID + "/envelopes")
}

const euHost = "https://eu.docusign.net" // want `DS104: eSignature base URI pinned to data center eu\.docusign\.net`

func euBase() string { return euHost }

// Templates formats it into one.
func Templates(accountID string) string {
	return fmt.Sprintf("%s/restapi/v2.1/accounts/%s/templates", euBase(), accountID)
}

// The twins: the same bare hosts, completed with the web app's path.
func webHost() string { return "https://na3.docusign.net" }

// PowerForm links to a PowerForm, not the REST API.
func PowerForm(id string) string {
	return webHost() + "/Member/PowerFormSigning.aspx?PowerFormId=" + id
}

const auHost = "https://au.docusign.net"

func auBase() string { return auHost }

// AUPowerForm formats the web app's path.
func AUPowerForm(id string) string {
	return fmt.Sprintf("%s/Member/PowerFormSigning.aspx?PowerFormId=%s", auBase(), id)
}
