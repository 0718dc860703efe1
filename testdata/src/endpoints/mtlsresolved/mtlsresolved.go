// Package mtlsresolved: clients with a client certificate whose request
// URLs name DocuSign only through a helper (internal/values resolves them,
// DS108), and the twins calling another service the same way.
package mtlsresolved

import (
	"crypto/tls"
	"net/http"
)

// dataCenter is where the account lives.
func dataCenter() string { return "na3.docusign.net" } //dslint:ignore DS104 fixture

// bank is another service's host.
func bank() string { return "bank.example.com" }

func helperHost(cert tls.Certificate, acct string) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}} // want `DS108: client certificate for requests to na3\.docusign\.net`
	hc := &http.Client{Transport: tr}
	return hc.Get("https://" + dataCenter() + "/restapi/v2.1/accounts/" + acct)
}

// The twin: the same client for another service's helper host.
func otherHelperHost(cert tls.Certificate, acct string) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
	hc := &http.Client{Transport: tr}
	return hc.Get("https://" + bank() + "/api/accounts/" + acct)
}

// An unknown host before DocuSign's: not known to go to DocuSign.
func unknownHost(cert tls.Certificate, host string) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
	hc := &http.Client{Transport: tr}
	return hc.Get("https://" + host + "/?next=https://" + dataCenter())
}
