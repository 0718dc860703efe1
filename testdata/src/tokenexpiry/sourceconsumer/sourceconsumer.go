// Package sourceconsumer names no DocuSign host: its tokens come from the
// DocuSign token sources and configs of sourceprovider (SourceFunc facts).
// Cached without an expiry check, fetched in init, they expire all the same;
// Dropbox's tokens and a token source of unknown origin are not DocuSign's.
package sourceconsumer

import (
	"context"
	"net/http"
	"os"

	"golang.org/x/oauth2"

	"tokenexpiry/sourceprovider"
)

var token *oauth2.Token

func init() {
	ts := sourceprovider.TokenSource(context.Background(), os.Getenv("IK"), os.Getenv("USER_ID"), nil)
	var err error
	if token, err = ts.Token(); err != nil { // want `^DS502: `
		panic(err)
	}
}

type App struct {
	cfg    *oauth2.Config
	tokens map[string]*oauth2.Token
	jwtTok *oauth2.Token
	box    *oauth2.Token
	passed *oauth2.Token
}

func (a *App) Callback(ctx context.Context, user, code string) error {
	cfg := sourceprovider.OAuth(os.Getenv("ID"), os.Getenv("SECRET"), os.Getenv("REDIRECT"))
	tok, err := cfg.Exchange(ctx, code)
	if err != nil {
		return err
	}
	a.tokens[user] = tok
	conf, err := sourceprovider.JWT()
	if err != nil {
		return err
	}
	if a.jwtTok, err = conf.TokenSource(ctx).Token(); err != nil {
		return err
	}
	if a.box, err = sourceprovider.Dropbox().Exchange(ctx, code); err != nil {
		return err
	}
	a.passed, err = sourceprovider.Pass(oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "x"})).Token()
	return err
}

func (a *App) Use(req *http.Request, user string) {
	a.tokens[user].SetAuthHeader(req) // want `^DS501: DocuSign token read from map tokens .*8 hours`
	a.jwtTok.SetAuthHeader(req)       // want `^DS501: DocuSign token read from field App\.jwtTok .*1 hour`
	a.box.SetAuthHeader(req)
	a.passed.SetAuthHeader(req)
	token.SetAuthHeader(req) // fetched in init: DS502 above
}
