// Package detect tells DocuSign environments apart (a Connect webhook that
// checks where a message came from) and hardcodes one request host. Hosts
// that are only compared, inline or through a constant used nowhere else,
// choose nothing: no DS101, and a production host compared against is not
// the production half of a switch either.
package detect

import (
	"log"
	"net/http"
	"net/url"
	"strings"
)

const demoHost = "demo.docusign.net"

const sandboxSuffix = ".demo.docusign.net"

// IsSandbox reports whether a Connect message came from the sandbox.
func IsSandbox(origin string) bool {
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	switch u.Hostname() {
	case demoHost:
		log.Printf("message from %s", demoHost)
		return true
	}
	return strings.HasSuffix(u.Hostname(), sandboxSuffix)
}

// IsProduction compares against the production auth server; that does not
// make the token URL below part of a demo/production switch.
func IsProduction(iss string) bool {
	return strings.Contains(iss, "account.docusign.com")
}

const tokenURL = "https://account-d.docusign.com/oauth/token" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`

func Token(form url.Values) (*http.Response, error) {
	return http.PostForm(tokenURL, form)
}

// A constant compared once and used once is used.
const restHost = "https://demo.docusign.net/restapi" // want `DS101: DocuSign demo host demo\.docusign\.net hardcoded`

func Rest(u string) (*http.Response, error) {
	if u == restHost {
		return nil, nil
	}
	return http.Get(restHost + "/v2.1/accounts")
}
