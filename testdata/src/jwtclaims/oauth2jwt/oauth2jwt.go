// Package oauth2jwt configures the DocuSign JWT grant with golang.org/x/oauth2/jwt.
package oauth2jwt

import (
	"context"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

const (
	integrationKey = "8a9f5b9e-1c2d-4e3f-8a7b-6c5d4e3f2a1b"
	userID         = "4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a"
	demoTokenURL   = "https://account-d.docusign.com/oauth/token"
)

var pemKey []byte

func noAudience(ctx context.Context) oauth2.TokenSource {
	cfg := &jwt.Config{
		Email:      integrationKey,
		Subject:    userID,
		PrivateKey: pemKey,
		Scopes:     []string{"signature", "impersonation"},
		TokenURL:   demoTokenURL, // want `DS306: jwt.Config has no Audience: aud is TokenURL, not "account-d.docusign.com" \(invalid_grant\)`
	}
	return cfg.TokenSource(ctx)
}

func oneLine() *jwt.Config {
	return &jwt.Config{Email: integrationKey, Subject: userID, TokenURL: "https://account.docusign.com/oauth/token"} // want `DS306: jwt.Config has no Audience: aud is TokenURL, not "account.docusign.com"`
}

func withAudience(ctx context.Context) oauth2.TokenSource {
	cfg := &jwt.Config{Email: integrationKey, Subject: userID, PrivateKey: pemKey, TokenURL: demoTokenURL, Audience: "account-d.docusign.com"}
	return cfg.TokenSource(ctx)
}

func audienceLater(ctx context.Context) oauth2.TokenSource {
	cfg := jwt.Config{Email: integrationKey, Subject: userID, PrivateKey: pemKey, TokenURL: demoTokenURL}
	cfg.Audience = "account-d.docusign.com"
	return cfg.TokenSource(ctx)
}

func configure(c *jwt.Config) { c.Audience = "account-d.docusign.com" }

func audienceInHelper(ctx context.Context) oauth2.TokenSource {
	cfg := &jwt.Config{Email: integrationKey, Subject: userID, PrivateKey: pemKey, TokenURL: demoTokenURL}
	configure(cfg) // may set Audience: not reported
	return cfg.TokenSource(ctx)
}

func otherProvider(ctx context.Context) oauth2.TokenSource {
	cfg := &jwt.Config{Email: "svc@project.iam.gserviceaccount.com", PrivateKey: pemKey, TokenURL: "https://oauth2.googleapis.com/token"}
	return cfg.TokenSource(ctx)
}

func badFields(ctx context.Context) oauth2.TokenSource {
	cfg := &jwt.Config{
		Email:    integrationKey,
		Subject:  "jane@example.com", // want `DS305: sub is an email address`
		TokenURL: demoTokenURL,
		Audience: "account-d.docusign.com",
		Expires:  8 * time.Hour, // want `DS303: Expires of 8h has no effect \(DocuSign JWT access tokens live one hour\)`
	}
	return cfg.TokenSource(ctx)
}

func fineFields(ctx context.Context, user string) oauth2.TokenSource {
	cfg := &jwt.Config{Email: integrationKey, Subject: user, TokenURL: demoTokenURL, Audience: "account-d.docusign.com", Expires: time.Hour}
	return cfg.TokenSource(ctx)
}

func emptyAudience() *jwt.Config {
	return &jwt.Config{Email: integrationKey, TokenURL: demoTokenURL, Audience: ""} // want `DS306: jwt.Config has no Audience`
}

var shared = &jwt.Config{Email: integrationKey, Subject: userID, TokenURL: demoTokenURL}

func init() { shared.Audience = "account-d.docusign.com" } // set elsewhere in the package: fine

func localVarDecl(ctx context.Context) oauth2.TokenSource {
	var cfg = &jwt.Config{Email: integrationKey, Subject: userID, TokenURL: demoTokenURL}
	cfg.Audience = "account-d.docusign.com"
	return cfg.TokenSource(ctx)
}

// Google and DocuSign configured in one function: the Google config (its
// Subject is an email by design) is another provider's.
func twoProviders(ctx context.Context) (oauth2.TokenSource, oauth2.TokenSource) {
	g := &jwt.Config{Email: "svc@project.iam.gserviceaccount.com", PrivateKey: pemKey, Subject: "admin@corp.example", TokenURL: "https://oauth2.googleapis.com/token"}
	ds := &jwt.Config{Email: integrationKey, PrivateKey: pemKey, Subject: userID, TokenURL: demoTokenURL, Audience: "account-d.docusign.com"}
	return g.TokenSource(ctx), ds.TokenSource(ctx)
}

// A TokenURL from configuration: the impersonation scope shows it is
// DocuSign's JWT grant, which needs Audience (no fix: the host is unknown).
func configuredTokenURL(ctx context.Context, tokenURL string) oauth2.TokenSource {
	cfg := &jwt.Config{Email: integrationKey, PrivateKey: pemKey, Subject: userID, Scopes: []string{"signature", "impersonation"},
		TokenURL: tokenURL} // want `DS306: jwt.Config has no Audience: aud is TokenURL, not the bare auth host \(invalid_grant\)`
	return cfg.TokenSource(ctx)
}

// Without impersonation a configured TokenURL could be any provider's.
func configuredOther(ctx context.Context, tokenURL string) oauth2.TokenSource {
	cfg := &jwt.Config{Email: integrationKey, PrivateKey: pemKey, Scopes: []string{"https://www.googleapis.com/auth/drive"}, TokenURL: tokenURL}
	return cfg.TokenSource(ctx)
}

type client struct{ cfg *jwt.Config }

// The config lives in a struct field whose Audience is set afterwards.
func newClient() *client {
	c := &client{cfg: &jwt.Config{Email: integrationKey, PrivateKey: pemKey, Subject: userID, TokenURL: demoTokenURL}}
	c.cfg.Audience = "account-d.docusign.com"
	return c
}

type otherClient struct{ cfg *jwt.Config }

// A field whose Audience is never set.
func newOtherClient() *otherClient {
	return &otherClient{cfg: &jwt.Config{Email: integrationKey, PrivateKey: pemKey, Subject: userID, TokenURL: demoTokenURL}} // want `DS306: jwt.Config has no Audience`
}

// Scopes in one space-separated element are sent as they are: the
// impersonation scope still shows a DocuSign grant.
func configuredOneElement(ctx context.Context, tokenURL string) oauth2.TokenSource {
	cfg := &jwt.Config{Email: integrationKey, PrivateKey: pemKey, Subject: userID, Scopes: []string{"signature impersonation"},
		TokenURL: tokenURL} // want `DS306: jwt.Config has no Audience: aud is TokenURL, not the bare auth host \(invalid_grant\)`
	return cfg.TokenSource(ctx)
}

// The auth host switched between demo and production: still DocuSign's
// token endpoint, still sent as aud.
func switchedHost(ctx context.Context, prod bool) oauth2.TokenSource {
	authServer := "account-d.docusign.com"
	if prod {
		authServer = "account.docusign.com"
	}
	cfg := &jwt.Config{Email: integrationKey, PrivateKey: pemKey, Subject: userID,
		TokenURL: "https://" + authServer + "/oauth/token"} // want `DS306: jwt.Config has no Audience: aud is TokenURL, not the bare auth host \(invalid_grant\)`
	return cfg.TokenSource(ctx)
}

// A host that may come from configuration could be any provider's.
func switchedOrConfigured(ctx context.Context, prod bool, host string) oauth2.TokenSource {
	authServer := host
	if prod {
		authServer = "account.docusign.com"
	}
	cfg := &jwt.Config{Email: integrationKey, PrivateKey: pemKey, TokenURL: "https://" + authServer + "/oauth/token"}
	return cfg.TokenSource(ctx)
}

// Switched, with Audience set from the same host: fine.
func switchedWithAudience(ctx context.Context, prod bool) oauth2.TokenSource {
	authServer := "account-d.docusign.com"
	if prod {
		authServer = "account.docusign.com"
	}
	cfg := &jwt.Config{Email: integrationKey, PrivateKey: pemKey, Subject: userID, Audience: authServer,
		TokenURL: "https://" + authServer + "/oauth/token"}
	return cfg.TokenSource(ctx)
}
