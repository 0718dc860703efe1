// Package sharedcred keeps credentials and sources that another package
// builds over a token.
package sharedcred

import (
	"context"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"

	"tokenexpiry/sharedcred/cred"
)

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account-d.docusign.com/oauth/token", Audience: "account-d.docusign.com"}

// Poller keeps one credential for the life of the process.
type Poller struct {
	cred esign.Credential
}

// NewPoller is flawed: the credential never refreshes, whatever it wraps.
func NewPoller(access string) *Poller {
	return &Poller{cred: cred.Shared(access, true)} // want `^DS503: esign.TokenCredential built by cred.Shared, kept past this call \(401 after 1 or 8 hours\)$`
}

// NewRefreshingPoller is the twin: a credential that refreshes.
func NewRefreshingPoller(cfg *esign.JWTConfig, user string) (*Poller, error) {
	c, err := cfg.Credential(user, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Poller{cred: c}, nil
}

// Once is fine: a wrapper of cred.Shared is judged at its callers (a
// StaticFunc fact of its own).
func Once(access string) esign.Credential { // want Once:"returns esign.TokenCredential over parameter 0"
	return cred.Shared(access, true)
}

var source oauth2.TokenSource

// Init is flawed: a static source over a DocuSign token, kept.
func Init(ctx context.Context) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	source = cred.Static(t.AccessToken) // want `^DS503: oauth2.StaticTokenSource \(built by cred.Static\) over a DocuSign token, kept past this call \(401 after 1 hour\)$`
	return nil
}

// InitReused is the twin: the source refreshes from the config.
func InitReused(ctx context.Context) {
	source = oauth2.ReuseTokenSource(nil, conf.TokenSource(ctx))
}

// PerRequest is fine: the static source lives for one request.
func PerRequest(ctx context.Context, url string) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	resp, err := oauth2.NewClient(ctx, cred.Static(t.AccessToken)).Get(url)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var untraced oauth2.TokenSource

// Untraced is not judged: a static source over a string of unknown origin.
func Untraced(access string) {
	untraced = cred.Static(access)
}
