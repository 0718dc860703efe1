// Package switched chooses the DocuSign environment at run time: no DS101.
package switched

import "os"

func AuthServer() string {
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		return "account.docusign.com"
	}
	return "account-d.docusign.com"
}

var restHosts = map[string]string{
	"demo": "https://demo.docusign.net/restapi",
	"prod": "https://www.docusign.net/restapi", // want `DS104: eSignature base URI pinned to data center www\.docusign\.net`
}

func Base(env string) string { return restHosts[env] }
