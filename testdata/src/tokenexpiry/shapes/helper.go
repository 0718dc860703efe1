package shapes

import (
	"context"
	"net/http"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
)

// static wraps its caller's token: fine by itself, judged at its callers.
func static(tok *oauth2.Token) oauth2.TokenSource { return oauth2.StaticTokenSource(tok) }

// credential wraps its caller's access token in an esign credential.
func credential(tok *oauth2.Token) *esign.OAuth2Credential {
	return esign.TokenCredential(tok.AccessToken, true)
}

// Workers share one source for the life of the process.
type Workers struct {
	ts   oauth2.TokenSource
	cred *esign.OAuth2Credential
}

// StartWorkers is flawed: the static source the helper built is kept.
func StartWorkers(ctx context.Context, code string) *Workers {
	tok, _ := conf.Exchange(ctx, code)
	return &Workers{ts: static(tok)} // want `DS503: oauth2.StaticTokenSource \(built by static\) over a DocuSign token, kept past this call`
}

// StartSigners is flawed the same way with an esign credential.
func StartSigners(ctx context.Context, code string) *Workers {
	tok, _ := conf.Exchange(ctx, code)
	return &Workers{cred: credential(tok)} // want `DS503: esign.TokenCredential \(built by credential\)`
}

// PerRequest is the twin: the helper's source is used within the call.
func PerRequest(ctx context.Context, code string, req *http.Request) error {
	tok, _ := conf.Exchange(ctx, code)
	t, err := static(tok).Token()
	if err != nil {
		return err
	}
	t.SetAuthHeader(req)
	return nil
}

// StartRefreshing is the twin: the kept source refreshes.
func StartRefreshing(ctx context.Context, code string) *Workers {
	tok, _ := conf.Exchange(ctx, code)
	return &Workers{ts: conf.TokenSource(ctx, tok)}
}
