// Package mtlsresolved: clients with a client certificate whose request
// URLs name DocuSign only through a helper or a URL parsed with net/url
// (internal/values resolves them, DS108), and the twins calling another
// service the same way.
package mtlsresolved

import (
	"crypto/tls"
	"io"
	"net/http"
	"net/url"
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

// authServer and bankServer are the bases the parsed URLs start from.
const (
	authServer = "https://account.docusign.com"
	bankServer = "https://bank.example.com"
)

// parsedToken posts to the token endpoint of a URL parsed from DocuSign's
// auth server and given its path.
func parsedToken(cert tls.Certificate, body io.Reader) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}} // want `DS108: client certificate for requests to account\.docusign\.com`
	hc := &http.Client{Transport: tr}
	u, err := url.Parse(authServer)
	if err != nil {
		return nil, err
	}
	u.Path = "/oauth/token"
	req, err := http.NewRequest("POST", u.String(), body)
	if err != nil {
		return nil, err
	}
	return hc.Do(req)
}

// The twin: the same request to another service's server.
func parsedBank(cert tls.Certificate, body io.Reader) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
	hc := &http.Client{Transport: tr}
	u, err := url.Parse(bankServer)
	if err != nil {
		return nil, err
	}
	u.Path = "/oauth/token"
	req, err := http.NewRequest("POST", u.String(), body)
	if err != nil {
		return nil, err
	}
	return hc.Do(req)
}

// The twin whose base is a parameter: not known to go to DocuSign.
func parsedUnknown(cert tls.Certificate, base string, body io.Reader) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
	hc := &http.Client{Transport: tr}
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	u.Path = "/oauth/token"
	req, err := http.NewRequest("POST", u.String(), body)
	if err != nil {
		return nil, err
	}
	return hc.Do(req)
}

// joinedUserInfo gets the user info at a path joined onto the parsed auth
// server.
func joinedUserInfo(cert tls.Certificate) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}} // want `DS108: client certificate for requests to account\.docusign\.com`
	hc := &http.Client{Transport: tr}
	u, err := url.Parse(authServer)
	if err != nil {
		return nil, err
	}
	u = u.JoinPath("oauth", "userinfo")
	return hc.Get(u.String())
}

// The twin joining onto another service's server.
func joinedBank(cert tls.Certificate) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
	hc := &http.Client{Transport: tr}
	u, err := url.Parse(bankServer)
	if err != nil {
		return nil, err
	}
	u = u.JoinPath("oauth", "userinfo")
	return hc.Get(u.String())
}
