// Package halfconfigured: configs with one endpoint URL from configuration
// are judged by the other, as scopes judges them: Google's authorization
// server makes the tokens Google's (no DS501; they were once taken for
// DocuSign's because the token URL was not a constant), DocuSign's makes
// them DocuSign's.
package halfconfigured

import (
	"context"
	"net/http"
	"os"
	"sync"

	"golang.org/x/oauth2"
)

var google = &oauth2.Config{
	ClientID: "drive",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://accounts.google.com/o/oauth2/auth",
		TokenURL: os.Getenv("GOOGLE_TOKEN_URL"),
	},
}

var docusign = &oauth2.Config{
	ClientID: "ik",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://account.docusign.com/oauth/auth",
		TokenURL: os.Getenv("DS_TOKEN_URL"),
	},
}

type Archiver struct {
	mu sync.Mutex
	gd *oauth2.Token
	ds *oauth2.Token
}

func (a *Archiver) Connect(ctx context.Context, code string) error {
	var err error
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.gd, err = google.Exchange(ctx, code); err != nil {
		return err
	}
	a.ds, err = docusign.Exchange(ctx, code)
	return err
}

func (a *Archiver) Upload(req *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.gd.SetAuthHeader(req)
	a.ds.SetAuthHeader(req) // want `^DS501: DocuSign token read from field Archiver\.ds`
}
