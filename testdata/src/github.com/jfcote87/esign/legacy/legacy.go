// Package legacy is a stub of github.com/jfcote87/esign@v0.9.0 (package legacy) for dslint's analysistest fixtures:
// it mirrors the real exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package legacy

import (
	"context"
	"net/http"

	"github.com/jfcote87/ctxclient"
	"github.com/jfcote87/esign"
)

var (
	demoHost = "demo.docusign.net"
	baseHost = "www.docusign.net"
)

// OauthCredential provides authorization for rest request via
// docusign's oauth protocol.
type OauthCredential struct {
	// The docusign account used by the login user.  This may be
	// found using the LoginInformation call.
	AccountID     string `json:"account_id,omitempty"`
	AccessToken   string `json:"access_token,omitempty"`
	Scope         string `json:"scope,omitempty"`
	TokenType     string `json:"token_type,omitempty"`
	Host          string `json:"host,omitempty"`
	IsDemoAccount bool   `json:"isDemo,omitempty"`
	OnBehalfOf    string `json:"onBehalfOf,omitempty"`
	ctxclient.Func
}

// AuthDo updates request with authorization headers, adds account to URL
// and sends request
func (o OauthCredential) AuthDo(ctx context.Context, req *http.Request, v *esign.APIVersion) (*http.Response, error) {
	return nil, nil
}

// Revoke invalidates the token ensuring that an error will occur on an subsequent uses.
func (o OauthCredential) Revoke(ctx context.Context) error { return nil }

// Config provides methods to authenticate via a user/password combination.  It may also
// be used to generate an OauthCredential.  If Host is empty, the IsDemoAccount
// is used to determine the host.
type Config struct {
	// The docusign account used by the login user.  This may be
	// found using the LoginInformation call.
	AccountID     string `json:"acctId,omitempty"`
	IntegratorKey string `json:"key"`
	UserName      string `json:"user"`
	Password      string `json:"pwd"`
	Host          string `json:"host,omitempty"`
	// Deprecated - use Host
	IsDemoAccount bool   `json:"isDemo,omitempty"`
	OnBehalfOf    string `json:"onBehalfOf,omitempty"`
	ctxclient.Func
}

// OauthCredential retrieves an OauthCredential  from docusign
// using the username and password from Config.
func (c *Config) OauthCredential(ctx context.Context) (*OauthCredential, error) { return nil, nil }

// OnBehalfOfCredential returns an *OauthCredential for the user name specied by nm.
func (o *OauthCredential) OnBehalfOfCredential(ctx context.Context, integratorKey, nm string) (*OauthCredential, error) {
	return nil, nil
}

// AuthDo adds authorization headers, adds accountID to url and sends request
func (c Config) AuthDo(ctx context.Context, req *http.Request, v *esign.APIVersion) (*http.Response, error) {
	return nil, nil
}

func getHost(isDemo bool, host string) string {
	if host != "" {
		return host
	}
	if isDemo {
		return demoHost
	}
	return baseHost
}
