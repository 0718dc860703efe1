// Package envbranch chooses DocuSign's environment in one branch of an
// if/else or a switch (not reported), next to twins that name the demo host
// on its own (DS101): a production host in another function of the package
// excuses nothing.
package envbranch

import "os"

// Assigned on one branch, the production host on the other: a switch.
func AuthServer() string {
	host := "account.docusign.com"
	if os.Getenv("DOCUSIGN_ENV") != "production" {
		host = "account-d.docusign.com"
	}
	return host
}

// The twin without the production default: the demo host is chosen whenever
// the variable is unset.
func AuthServerAlone() string {
	host := os.Getenv("DOCUSIGN_AUTH_SERVER")
	if host == "" {
		host = "account-d.docusign.com" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
	}
	return host
}

// Overwritten in the same run of the function: not a switch.
func Overwritten() string {
	host := "account.docusign.com"
	host = "account-d.docusign.com" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
	return host
}

// A function returning either environment.
func RESTHost(env string) string {
	switch env {
	case "production":
		return "https://www.docusign.net"
	default:
		return "https://demo.docusign.net"
	}
}

// Its twin returns the demo host whatever the environment.
func RESTHostAlone(env string) string {
	switch env {
	case "production":
		return os.Getenv("DOCUSIGN_REST_HOST")
	default:
		return "https://demo.docusign.net" // want `DS101: DocuSign demo host demo\.docusign\.net hardcoded`
	}
}

// A package default replaced from the environment at start-up.
var adminHost = "https://api-d.docusign.net/management"

func init() {
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		adminHost = "https://api.docusign.net/management"
	}
}

// The twin's override is not a production host: the demo host stays
// whenever the variable is unset.
var adminHostAlone = "https://api-d.docusign.net/management" // want `DS101: DocuSign demo host api-d\.docusign\.net hardcoded`

func init() {
	if h := os.Getenv("DOCUSIGN_ADMIN_HOST"); h != "" {
		adminHostAlone = h
	}
}

// Hosts returns the hosts chosen above.
func Hosts() (string, string) { return adminHost, adminHostAlone }

// A variable read only in comparisons detects the environment.
func IsSandboxAuthURL(got string) bool {
	expected := "https://account-d.docusign.com/oauth/auth"
	return got == expected
}

// Its twin returns the variable.
func SandboxAuthURL() string {
	u := "https://account-d.docusign.com/oauth/auth" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
	return u
}
