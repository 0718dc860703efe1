// Package mtls: client certificates on the transport of a client that
// calls DocuSign (DS108), next to the look-alikes that stay silent: the
// same client calling another service, a client without a certificate, a
// server's certificates, a URL from configuration.
package mtls

import (
	"context"
	"crypto/tls"
	"net/http"
	"strings"

	"github.com/jfcote87/ctxclient"
	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
)

const restBase = "https://www.docusign.net/restapi/v2.1/accounts/" //dslint:ignore DS104 fixture

func literal(cert tls.Certificate, acct string) (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		Certificates: []tls.Certificate{cert}, // want `DS108: client certificate for requests to www\.docusign\.net \(DocuSign does not support mutual TLS\)`
	}}}
	return c.Get(restBase + acct + "/envelopes")
}

// The twin: the same client for another service.
func otherService(cert tls.Certificate) (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		Certificates: []tls.Certificate{cert},
	}}}
	return c.Get("https://bank.example.com/api/payments")
}

// A URL from configuration: not known to be DocuSign's.
func configured(cert tls.Certificate, url string) (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}}
	return c.Get(url)
}

// No client certificate: only a minimum version.
func noCert(acct string) (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, Certificates: nil}}}
	return c.Get(restBase + acct + "/envelopes")
}

// Built in steps and sent with Do.
func assigned(load func(*tls.CertificateRequestInfo) (*tls.Certificate, error), body string) (*http.Response, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	cfg.GetClientCertificate = load // want `DS108: client certificate for requests to account\.docusign\.com`
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = cfg
	client := &http.Client{}
	client.Transport = tr
	req, err := http.NewRequest("POST", "https://account.docusign.com/oauth/token", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	return client.Do(req)
}

// A package-level client given to esign.
var mtlsClient = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
	Certificates: loadCerts(), // want `DS108: client certificate for esign's requests to DocuSign`
}}}

func loadCerts() []tls.Certificate { return nil }

func esignConfig(key string) *esign.JWTConfig {
	return &esign.JWTConfig{
		IntegratorKey: "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b",
		PrivateKey:    key,
		HTTPClientFunc: func(context.Context) (*http.Client, error) {
			return mtlsClient, nil
		},
	}
}

func setClient(cred *esign.OAuth2Credential, cert tls.Certificate) *esign.OAuth2Credential {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{}}}
	c.Transport.(*http.Transport).TLSClientConfig.Certificates = []tls.Certificate{cert} // want `DS108: client certificate for esign's requests to DocuSign`
	return cred.SetClientFunc(ctxclient.Func(func(context.Context) (*http.Client, error) { return c, nil }))
}

func assignedFunc(cfg *esign.OAuth2Config, cert tls.Certificate) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}} // want `DS108: client certificate for esign's requests to DocuSign`
	cfg.HTTPClientFunc = ctxclient.Func(func(context.Context) (*http.Client, error) { return c, nil })
}

// The x/oauth2 context client, in a function that posts to DocuSign.
func oauthContext(ctx context.Context, cfg *oauth2.Config, code string, cert tls.Certificate) (*oauth2.Token, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}} // want `DS108: client certificate for the OAuth requests to DocuSign`
	ctx = context.WithValue(ctx, oauth2.HTTPClient, c)
	cfg.Endpoint = oauth2.Endpoint{TokenURL: "https://account.docusign.com/oauth/token"}
	return cfg.Exchange(ctx, code)
}

// The same for another provider.
func otherOAuth(ctx context.Context, cfg *oauth2.Config, code string, cert tls.Certificate) (*oauth2.Token, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, c)
	return cfg.Exchange(ctx, code)
}

// A server's own certificates are not a client certificate.
func server(cert tls.Certificate) *http.Server {
	return &http.Server{Addr: ":8443", TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
}

// A certificate on a different client than the one calling DocuSign.
func twoClients(cert tls.Certificate, acct string) (*http.Response, error) {
	bank := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}}
	if _, err := bank.Get("https://bank.example.com/api"); err != nil {
		return nil, err
	}
	ds := &http.Client{}
	return ds.Get(restBase + acct + "/envelopes")
}

// A constructor builds the client; the caller sends it to DocuSign.
func newClient(cert tls.Certificate) *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		Certificates: []tls.Certificate{cert}, // want `DS108: client certificate for requests to www\.docusign\.net`
	}}}
}

func viaConstructor(cert tls.Certificate, acct string) (*http.Response, error) {
	return newClient(cert).Get(restBase + acct + "/envelopes")
}

func loadClient(certFile, keyFile string) (*http.Client, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}}, nil // want `DS108: client certificate for requests to account\.docusign\.com`
}

func viaTwoResults() (*http.Response, error) {
	c, err := loadClient("client.crt", "client.key")
	if err != nil {
		return nil, err
	}
	return c.Get("https://account.docusign.com/oauth/userinfo")
}

// The twin: a constructor whose client goes to another service only.
func newBankClient(cert tls.Certificate) *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}}
}

func bank(cert tls.Certificate) (*http.Response, error) {
	c := newBankClient(cert)
	return c.Get("https://bank.example.com/api")
}
