// Package otherprovider archives signed DocuSign envelopes to Dropbox and
// GitHub: it talks to DocuSign, but the tokens it caches from configs with
// another provider's endpoints are that provider's (no DS501). The DocuSign
// config next to them, and a config whose endpoint comes from
// configuration, still are DocuSign's.
package otherprovider

import (
	"context"
	"net/http"
	"os"
	"sync"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/endpoints"
)

var dropbox = &oauth2.Config{
	ClientID: "dropbox-app",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://www.dropbox.com/oauth2/authorize",
		TokenURL: "https://api.dropboxapi.com/oauth2/token",
	},
}

var docusign = &oauth2.Config{
	ClientID: "ik",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://account.docusign.com/oauth/auth",
		TokenURL: "https://account.docusign.com/oauth/token",
	},
}

var configured = &oauth2.Config{
	ClientID: "ik",
	Endpoint: oauth2.Endpoint{TokenURL: os.Getenv("TOKEN_URL")},
}

type Archiver struct {
	mu      sync.Mutex
	github  *oauth2.Config
	box     *oauth2.Token
	gh      *oauth2.Token
	ds      *oauth2.Token
	cfgTok  *oauth2.Token
	literal *oauth2.Token
}

func NewArchiver() *Archiver {
	return &Archiver{github: &oauth2.Config{ClientID: "gh", Endpoint: endpoints.GitHub}}
}

func (a *Archiver) Connect(ctx context.Context, code string) error {
	var err error
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.box, err = dropbox.Exchange(ctx, code); err != nil {
		return err
	}
	if a.gh, err = a.github.Exchange(ctx, code); err != nil {
		return err
	}
	if a.ds, err = docusign.Exchange(ctx, code); err != nil {
		return err
	}
	if a.cfgTok, err = configured.TokenSource(ctx, nil).Token(); err != nil {
		return err
	}
	gl := &oauth2.Config{Endpoint: oauth2.Endpoint{TokenURL: "https://gitlab.com/oauth/token"}}
	a.literal, err = gl.Exchange(ctx, code)
	return err
}

func (a *Archiver) Upload(req *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	req.Header.Set("Authorization", "Bearer "+a.box.AccessToken)
	a.gh.SetAuthHeader(req)
	a.literal.SetAuthHeader(req)
	a.ds.SetAuthHeader(req)     // want `^DS501: DocuSign token read from field Archiver\.ds`
	a.cfgTok.SetAuthHeader(req) // want `^DS501: DocuSign token read from field Archiver\.cfgTok`
}
