// Package datacenter: eSignature base URIs pinned to a data center (DS104)
// and production URLs that are not base URIs.
package datacenter

const pinned = "https://na2.docusign.net/restapi" // want `DS104: eSignature base URI pinned to data center na2\.docusign\.net: .*USER_LACKS_MEMBERSHIP`

func Envelopes(accountID string) string {
	return "https://www.docusign.net/restapi/v2.1/accounts/" + accountID + "/envelopes" // want `DS104: eSignature base URI pinned to data center www\.docusign\.net`
}

// The production auth server and the web app are not base URIs.
const (
	prodAuth = "https://account.docusign.com/oauth/token"
	webApp   = "https://www.docusign.net/Member/PowerFormSigning.aspx"
)

// The legacy token endpoint is legacyauth's (DS601), not a base URI.
const legacyToken = "https://www.docusign.net/restapi/v2/oauth2/token"

// An explicit default port does not make it any less pinned.
const pinnedPort = "https://eu.docusign.net:443/restapi" // want `DS104: eSignature base URI pinned to data center eu\.docusign\.net`
