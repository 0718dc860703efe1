package app

import (
	"context"
	"net/http"
	"os"

	"dslint.test/integration/tokenexpiry/dsconf"
	"dslint.test/integration/tokenexpiry/restclient"
)

// api is the process's REST client of the DocuSign eSignature API.
var api = restclient.New(os.Getenv("DS_BASE_URI"))

// StartAPI is flawed: the token set at start-up is sent until it expires.
func StartAPI(ctx context.Context) error {
	tok, err := dsconf.JWTSource(ctx, os.Getenv("DS_IK"), os.Getenv("DS_USER"), []byte(os.Getenv("DS_KEY"))).Token()
	if err != nil {
		return err
	}
	api.SetToken(tok.AccessToken)
	return nil
}

// SendEnvelope is the twin: a token fetched for the request is set before it.
func SendEnvelope(ctx context.Context, req *http.Request) (*http.Response, error) {
	tok, err := dsconf.JWTSource(ctx, os.Getenv("DS_IK"), os.Getenv("DS_USER"), []byte(os.Getenv("DS_KEY"))).Token()
	if err != nil {
		return nil, err
	}
	api.SetToken(tok.AccessToken)
	return api.Do(req)
}

// NewChecked is the twin of StartAPI: the client checks the expiry.
func NewChecked(ctx context.Context) (*restclient.Checked, error) {
	tok, err := dsconf.JWTSource(ctx, os.Getenv("DS_IK"), os.Getenv("DS_USER"), []byte(os.Getenv("DS_KEY"))).Token()
	if err != nil {
		return nil, err
	}
	c := &restclient.Checked{Client: *restclient.New(os.Getenv("DS_BASE_URI"))}
	c.SetToken(tok.AccessToken, tok.Expiry)
	return c, nil
}
