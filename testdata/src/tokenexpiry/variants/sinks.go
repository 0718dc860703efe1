// Package variants holds one flawed case per way a stored DocuSign token
// reaches a request (sinks.go), per place it is kept (places.go), and per
// once-only, static and expiry-less shape (shapes.go), with a correct twin
// for each family.
package variants

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://account-d.docusign.com/oauth/auth", TokenURL: "https://account-d.docusign.com/oauth/token"}}

var cached string

// Login keeps the token for every later request.
func Login(ctx context.Context, code string) error {
	tok, err := conf.Exchange(ctx, code)
	if err == nil {
		cached = tok.AccessToken
	}
	return err
}

func HeaderSet(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+cached) // want `DS501: DocuSign token read from package variable cached`
}

func HeaderAdd(req *http.Request) {
	req.Header.Add("authorization", "Bearer "+cached) // want `DS501: DocuSign token read from package variable cached`
}

func Sprintf(req *http.Request) {
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", cached)) // want `DS501: .*package variable cached.*401 after 8 hours`
}

func Sprint(req *http.Request) {
	req.Header.Set("Authorization", fmt.Sprint("Bearer ", cached)) // want `DS501: .*package variable cached`
}

func Joined(req *http.Request) {
	req.Header.Set("Authorization", strings.Join([]string{"Bearer", cached}, " ")) // want `DS501: .*package variable cached`
}

func Trimmed(req *http.Request) {
	bearer := "Bearer " + strings.TrimSpace(cached) // want `DS501: .*package variable cached`
	req.Header.Set("Authorization", bearer)
}

func Credential(ctx context.Context, req *http.Request) (*http.Response, error) {
	return esign.TokenCredential(cached, true).AuthDo(ctx, req, nil) // want `DS501: .*package variable cached`
}

// bearer is a getter: judged at its callers, and it has none.
func Bearer() string {
	return "Bearer " + cached // want `DS501: .*package variable cached`
}

// authorize sets the header: a read handed to it is a sink.
func authorize(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
}

func ViaHelper(req *http.Request) {
	authorize(req, cached) // want `DS501: .*package variable cached`
}

// authorizeTwice passes the token on to authorize.
func authorizeTwice(req *http.Request, token string) { authorize(req, token) }

func ViaTwoHelpers(req *http.Request) {
	authorizeTwice(req, cached) // want `DS501: .*package variable cached`
}

// Fresh is correct: it stores a fresh token before every request.
func Fresh(ctx context.Context, code string, req *http.Request) error {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return err
	}
	cached = tok.AccessToken
	authorize(req, cached)
	return nil
}
