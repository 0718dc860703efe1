// Package sdktable chooses DocuSign's environment the way the esign SDK
// (github.com/jfcote87/esign v0.9.0) does itself, so none of its demo hosts
// is hardcoded (no DS101): legacy/legacy.go's pair of host variables read by
// getHost under if isDemo, oauth2.go's demoFlag whose tokenURI returns
// either auth server, and a table of API versions with a host and a demo
// host per version, the demo one read only when the demo environment is
// selected.
package sdktable

import (
	"net/url"

	"github.com/jfcote87/esign"
)

// As in esign's legacy/legacy.go.
var (
	demoHost = "demo.docusign.net"
	baseHost = "www.docusign.net"
)

func getHost(isDemo bool, host string) string {
	if host > "" {
		return host
	}
	if isDemo {
		return demoHost
	}
	return baseHost
}

// As in esign's oauth2.go.
type demoFlag bool

func (df demoFlag) tokenURI() string {
	if df {
		return "account-d.docusign.com"
	}
	return "account.docusign.com"
}

// TokenURL returns the token endpoint of the selected environment.
func TokenURL(isDemo bool) string {
	return "https://" + demoFlag(isDemo).tokenURI() + "/oauth/token"
}

// apiVersion is a table row: the production and the demo host of an API.
type apiVersion struct {
	version  *esign.APIVersion
	host     string
	demoHost string
}

var apiVersions = map[string]apiVersion{
	"v2.1":  {version: esign.VersionV21, host: "www.docusign.net", demoHost: "demo.docusign.net"},
	"click": {version: esign.ClickV1, host: "www.docusign.net", demoHost: "demo.docusign.net"},
	"admin": {host: "api.docusign.net", demoHost: "api-d.docusign.net"},
}

// ResolveURL resolves an operation path for the account, on the demo host
// only when isDemo is set.
func ResolveURL(name, path, accountID string, isDemo bool) *url.URL {
	v := apiVersions[name]
	host := v.host
	if isDemo {
		host = v.demoHost
	}
	return v.version.ResolveDSURL(&url.URL{Path: path}, host, accountID)
}

// LegacyURL resolves a path on the legacy API's host.
func LegacyURL(path, accountID string, isDemo bool, host string) *url.URL {
	return esign.VersionV21.ResolveDSURL(&url.URL{Path: path}, getHost(isDemo, host), accountID)
}
