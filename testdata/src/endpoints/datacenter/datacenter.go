// Package datacenter: eSignature base URIs pinned to a data center (DS104)
// and production URLs that are not base URIs.
package datacenter

const pinned = "https://na2.docusign.net/restapi" // want `DS104: eSignature base URI pinned to data center na2\.docusign\.net \(USER_LACKS_MEMBERSHIP for other accounts\)`

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

// A base URI declared bare and completed by another constant: the
// declaration is the pinned data center.
const accountBase = "https://na3.docusign.net" // want `DS104: eSignature base URI pinned to data center na3\.docusign\.net`

const accountREST = accountBase + "/restapi"

func restURL() string { return accountREST + "/v2.1/accounts" }

// Inline: the concatenation names the base path.
func inlineURL() string { return "https://eu.docusign.net" + "/restapi/v2.1" } // want `DS104: eSignature base URI pinned to data center eu\.docusign\.net`

// A data-center host not used as a base URI (a Connect origin check) is not pinned.
const connectOrigin = "https://na4.docusign.net"

func fromNA4(origin string) bool { return origin == connectOrigin }
