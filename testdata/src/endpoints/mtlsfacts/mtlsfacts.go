// Package mtlsfacts: a client with a client certificate calling the auth
// host of appconfig's preset, DocuSign's only through values facts (DS108),
// and the twin calling the token URL read from the environment.
package mtlsfacts

import (
	"crypto/tls"
	"net/http"

	"values/appconfig"
)

func preset(cert tls.Certificate, cfg appconfig.Config) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}} // want `DS108: client certificate for requests to account-d\.docusign\.com`
	hc := &http.Client{Transport: tr}
	return hc.Get("https://" + cfg.AuthHost() + "/oauth/userinfo")
}

// The twin: the token URL from the environment.
func fromEnv(cert tls.Certificate, env appconfig.Env) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
	hc := &http.Client{Transport: tr}
	return hc.Get(env.TokenURL)
}
