// Package setter gives DocuSign tokens to dsclient's clients: one set once
// on a client that lives for the process is sent after it expires (DS501,
// through dsclient's Setter fact). The twins set a token fetched for each
// request, give it to a client that checks its expiry, or give it another
// provider's token.
package setter

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/endpoints"
	"golang.org/x/oauth2/jwt"

	"tokenexpiry/setter/dsclient"
)

const base = "https://demo.docusign.net/restapi"

var conf = &jwt.Config{Email: "ik", TokenURL: "https://account-d.docusign.com/oauth/token", Audience: "account-d.docusign.com"}

// App serves requests with one client.
type App struct {
	client  *dsclient.Client
	checked *dsclient.Checked
}

// NewApp is flawed: the token set at startup is sent until it expires.
func NewApp(ctx context.Context) (*App, error) {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return nil, err
	}
	c := dsclient.New(base)
	c.SetToken(tok.AccessToken) // want `^DS501: DocuSign token kept by \(\*dsclient.Client\).SetToken, read with no expiry check \(401 after 1 hour\)$`
	return &App{client: c}, nil
}

var shared = dsclient.New(base)

// Setup is flawed the same way with a package variable's client.
func Setup(ctx context.Context) error {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	shared.SetToken(tok.AccessToken) // want `^DS501: DocuSign token kept by \(\*dsclient.Client\).SetToken`
	return nil
}

// Handle is the twin: a token fetched for the request is set before it.
func (a *App) Handle(ctx context.Context, req *http.Request) error {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	a.client.SetToken(tok.AccessToken)
	_, err = a.client.Do(req)
	return err
}

// NewCheckedApp is the twin of NewApp: the client checks the expiry.
func NewCheckedApp(ctx context.Context) (*App, error) {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return nil, err
	}
	c := &dsclient.Checked{}
	c.SetToken(tok.AccessToken, tok.Expiry)
	return &App{checked: c}, nil
}

// NewNamedApp is fine: the client does not send what it is given as a token.
func NewNamedApp(ctx context.Context) (*dsclient.Named, error) {
	tok, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return nil, err
	}
	n := &dsclient.Named{}
	n.SetName(tok.AccessToken)
	return n, nil
}

var github = &oauth2.Config{ClientID: "Iv1.8a61f9b3a7aba766", Endpoint: endpoints.GitHub}

// NewMirror is the twin of NewApp: the token is GitHub's.
func NewMirror(ctx context.Context, code string) (*App, error) {
	tok, err := github.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	c := dsclient.New("https://api.github.com")
	c.SetToken(tok.AccessToken)
	return &App{client: c}, nil
}
