// Package hosts: demo and stage hosts hardcoded in production code (DS101),
// pinned data-center base URIs (DS104), and their look-alikes.
package hosts

import (
	"net/http"
	"strings"
)

const authServer = "https://account-d.docusign.com" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded in production code \(invalid_grant after Go Live\)`

const restBase = "https://demo.docusign.net/restapi/v2.1" // want `DS101: DocuSign demo host demo\.docusign\.net hardcoded`

const adminBase = "https://API-D.docusign.net/management" // want `DS101: DocuSign demo host api-d\.docusign\.net`

const stageAuth = "account-s.docusign.com" // want `DS101: DocuSign stage auth server account-s\.docusign\.com`

// Look-alikes that are not DocuSign hosts.
const (
	notDocuSign1 = "https://account-d.example.com/oauth/token"
	notDocuSign2 = "https://demo.docusignal.net/restapi"
	notDocuSign3 = "https://account-d.docusign.com.evil.io/oauth/token"
	docsSite     = "https://developers.docusign.com/docs/esign-rest-api/"
)

// A host in a comment is not code: account-d.docusign.com.

// Uses of a named constant are not reported again: only its declaration is.
func Token() (*http.Response, error) {
	return http.Post(authServer+"/oauth/token", "application/x-www-form-urlencoded", nil)
}

// Detecting the environment is not choosing it.
func IsDemo(baseURI string) bool {
	if strings.Contains(baseURI, "demo.docusign.net") {
		return true
	}
	switch baseURI {
	case "https://demo.docusign.net":
		return true
	}
	return baseURI == "https://account-d.docusign.com"
}
