// Package wrapped keeps static credentials and clients built by wrappers of
// wrappers, its own and another package's (DS503). The twins build them per
// request or over a source that refreshes.
package wrapped

import (
	"context"
	"net/http"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2/jwt"

	"tokenexpiry/wrapped/creds"
)

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account-d.docusign.com/oauth/token", Audience: "account-d.docusign.com"}

// staticCred wraps an access token in a credential that never refreshes.
func staticCred(access string) esign.Credential { return esign.TokenCredential(access, false) }

// cred wraps staticCred.
func cred(access string) esign.Credential { return staticCred(access) }

// Poller keeps one credential and one client for the life of the process.
type Poller struct {
	cred   esign.Credential
	client *http.Client
}

// NewPoller is flawed: the credential never refreshes.
func NewPoller(access string) *Poller {
	return &Poller{cred: cred(access)} // want `^DS503: esign.TokenCredential built by cred, kept past this call \(401 after 1 or 8 hours\)$`
}

// NewSharedPoller is flawed the same way through another package.
func NewSharedPoller(access string) *Poller {
	return &Poller{cred: creds.Demo(access)} // want `^DS503: esign.TokenCredential built by creds.Demo, kept past this call`
}

// PerRequest is the twin: the credential lives for one operation.
func PerRequest(ctx context.Context, access string) error {
	return (&esign.Op{Credential: cred(access)}).Do(ctx, nil)
}

// NewClientPoller is flawed: a static client over a DocuSign token, kept.
func NewClientPoller(ctx context.Context) (*Poller, error) {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return nil, err
	}
	return &Poller{client: creds.Client(ctx, t.AccessToken)}, nil // want `^DS503: oauth2.StaticTokenSource \(built by creds.Client\) over a DocuSign token, kept past this call \(401 after 1 hour\)$`
}

// NewRefreshingPoller is the twin: the kept client refreshes.
func NewRefreshingPoller(ctx context.Context) *Poller {
	return &Poller{client: creds.Refreshing(ctx, conf.TokenSource(ctx))}
}

// Fetch is the twin of NewClientPoller: the client is used once.
func Fetch(ctx context.Context, url string) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	resp, err := creds.Client(ctx, t.AccessToken).Get(url)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
