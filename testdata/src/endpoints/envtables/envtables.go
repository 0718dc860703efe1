// Package envtables holds both DocuSign environments in a table indexed at
// run time (not reported), next to twins whose table holds the demo host on
// its own (DS101).
package envtables

import "os"

// A map keyed by environment.
var authServers = map[string]string{
	"demo":       "account-d.docusign.com",
	"production": "account.docusign.com",
}

// Its twin lists no production server.
var authServersAlone = map[string]string{
	"demo":  "account-d.docusign.com", // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
	"stage": "account-s.docusign.com", // want `DS101: DocuSign stage auth server account-s\.docusign\.com hardcoded`
}

// AuthServer picks from the tables.
func AuthServer() (string, string) {
	env := os.Getenv("DOCUSIGN_ENV")
	return authServers[env], authServersAlone[env]
}

// The esign SDK's shape: a table of hosts whose demo field is read only
// when the demo environment is selected.
type apiVersion struct {
	name     string
	host     string
	demoHost string
}

var versions = []apiVersion{
	{name: "v2.1", host: "www.docusign.net", demoHost: "demo.docusign.net"},
	{name: "click", host: "www.docusign.net", demoHost: "demo.docusign.net"},
}

func (v apiVersion) resolve(isDemo bool) string {
	if isDemo {
		return v.demoHost
	}
	return v.host
}

// The twin: the table has no production host, and its demo field is read
// on every path.
type apiVersionAlone struct {
	name     string
	host     string
	demoHost string
}

var versionsAlone = []apiVersionAlone{
	{name: "v2.1", host: "api.example.com", demoHost: "demo.docusign.net"}, // want `DS101: DocuSign demo host demo\.docusign\.net hardcoded`
}

func (v apiVersionAlone) resolve() string { return v.demoHost }

// Presets of one configuration type, one per environment.
type endpoints struct{ Auth string }

var (
	demoPreset = endpoints{Auth: "https://account-d.docusign.com"}
	prodPreset = endpoints{Auth: "https://account.docusign.com"}
)

// The twin has only the demo preset.
type endpointsAlone struct{ Auth string }

var demoPresetAlone = endpointsAlone{Auth: "https://account-d.docusign.com"} // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`

// Presets returns the presets.
func Presets(prod bool) (string, string) {
	p := demoPreset
	if prod {
		p = prodPreset
	}
	return p.Auth, demoPresetAlone.Auth
}

// Versions returns the resolved hosts.
func Versions(isDemo bool) []string {
	var out []string
	for _, v := range versions {
		out = append(out, v.resolve(isDemo))
	}
	for _, v := range versionsAlone {
		out = append(out, v.resolve())
	}
	return out
}
