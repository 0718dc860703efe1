// Package otherprovider is a service that signs users in with GitHub and
// only talks about DocuSign in its logs and errors. None of it is a
// DocuSign finding: Google/GitHub redirect conventions are not DocuSign's
// (DS105), and a host named in a log line or an error is not hardcoded
// (DS101). A flag's default is configuration.
package otherprovider

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"

	"github.com/spf13/pflag"
	"golang.org/x/oauth2"
)

var authServer = flag.String("docusign-auth-server", "account-d.docusign.com", "DocuSign auth server (account.docusign.com in production)")

var github = &oauth2.Config{
	ClientID:     os.Getenv("GITHUB_CLIENT_ID"),
	ClientSecret: os.Getenv("GITHUB_CLIENT_SECRET"),
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://github.com/login/oauth/authorize",
		TokenURL: "https://github.com/login/oauth/access_token",
	},
	RedirectURL: "urn:ietf:wg:oauth:2.0:oob",
	Scopes:      []string{"read:user", "user:email"},
}

func signIn(ctx context.Context, code string) (*oauth2.Token, error) {
	tok, err := github.Exchange(ctx, code)
	if err != nil {
		return nil, fmt.Errorf("github exchange (not https://account-d.docusign.com): %w", err)
	}
	return tok, nil
}

func checkDocuSign(resp *http.Response) error {
	if resp.StatusCode == http.StatusUnauthorized {
		log.Printf("DocuSign demo (https://demo.docusign.net/restapi) rejected the token for %s", *authServer)
		slog.Warn("re-consent needed", "auth", "https://account-d.docusign.com/oauth/auth")
		return errors.New("docusign: 401 from demo.docusign.net")
	}
	return nil
}

// Command-line flags through spf13/pflag (what cobra uses): defaults are
// configuration too.
var (
	fs         = pflag.NewFlagSet("docusign", pflag.ContinueOnError)
	restHost   = fs.StringP("docusign-rest", "r", "https://demo.docusign.net/restapi", "DocuSign REST base URI")
	consentURL string
)

func init() {
	pflag.StringVar(&consentURL, "consent-url", "https://account-d.docusign.com/oauth/auth", "where users grant consent")
}
