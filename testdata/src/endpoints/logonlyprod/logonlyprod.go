// Package logonlyprod names the production auth server only in a log line:
// that does not switch the environment, so the demo host is still reported.
package logonlyprod

import "log"

const authServer = "account-d.docusign.com" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`

func Warn() {
	log.Println("remember to switch to account.docusign.com after Go Live")
}
