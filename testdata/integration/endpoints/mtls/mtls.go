// Package mtls configures client certificates (DS108): on the client that
// calls DocuSign, where they authenticate nothing (DocuSign does not
// support mutual TLS), and on a bank's client, which asks for one.
package mtls

import (
	"context"
	"crypto/tls"
	"net/http"

	"github.com/jfcote87/ctxclient"
	"github.com/jfcote87/esign"
)

func mtlsClient(certFile, keyFile string) (*http.Client, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}}, nil
}

// Flawed: the constructor's client calls DocuSign's UserInfo endpoint.
func accounts(certFile, keyFile string) (*http.Response, error) {
	c, err := mtlsClient(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	return c.Get("https://account.docusign.com/oauth/userinfo")
}

// Flawed: the certificate on the client esign sends DocuSign's requests with.
func credential(cfg *esign.JWTConfig, userID, certFile, keyFile string) (*esign.OAuth2Credential, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{cert},
	}}}
	cfg.HTTPClientFunc = ctxclient.Func(func(context.Context) (*http.Client, error) { return c, nil })
	return cfg.Credential(userID, nil, nil, "signature", "impersonation")
}

// Flawed: a raw request to the DocuSign auth server.
func userInfo(cert tls.Certificate, token string) (*http.Response, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	req, err := http.NewRequest(http.MethodGet, "https://account.docusign.com/oauth/userinfo", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return (&http.Client{Transport: tr}).Do(req)
}

// Correct: DocuSign with the OAuth token only; the bank with its certificate.
func calls(cert tls.Certificate, token string) error {
	bank := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}}
	if _, err := bank.Get("https://api.bank.example.com/v1/payments"); err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodGet, "https://account.docusign.com/oauth/userinfo", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	_, err = http.DefaultClient.Do(req)
	return err
}
