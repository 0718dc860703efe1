// Package dcjoined joins a bare data-center host with the eSignature API
// path by url.JoinPath (DS104 at the host, as for "https://au.docusign.net"
// + "/restapi"), next to twins joined with a path that is not a base URI.
package dcjoined

import "net/url"

// NewEU returns the REST base of the EU data center.
func NewEU() (string, error) {
	base, err := url.JoinPath("https://eu.docusign.net", "restapi") // want `DS104: eSignature base URI pinned to data center eu\.docusign\.net`
	if err != nil {
		return "", err
	}
	return base, nil
}

// PowerForm links to a PowerForm of the web app, not the REST API.
func PowerForm() (string, error) {
	return url.JoinPath("https://na3.docusign.net", "Member", "PowerFormSigning.aspx")
}
