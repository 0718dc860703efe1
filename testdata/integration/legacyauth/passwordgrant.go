package legacyauth

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/esign/legacy"
)

// Flawed: the legacy password grant on /oauth2/token (DS601).
func passwordToken(ctx context.Context, user, password, key string) (*http.Response, error) {
	form := url.Values{
		"grant_type": {"password"},
		"client_id":  {key},
		"username":   {user},
		"password":   {password},
		"scope":      {"api"},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://www.docusign.net/restapi/v2/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}

// Flawed: esign's legacy package, which authenticates with user name and
// password (DS601).
func legacyCredential(accountID, key, user, password string) esign.Credential {
	return &legacy.Config{
		AccountID:     accountID,
		IntegratorKey: key,
		UserName:      user,
		Password:      password,
		Host:          "www.docusign.net",
	}
}

// Correct: exchanging an authorization code on /oauth/token (the OAuth
// service, not the legacy /oauth2/token endpoint).
func exchangeCode(ctx context.Context, authServer, code, key, secret, redirectURI string) (*http.Response, error) {
	form := url.Values{
		"grant_type":   {"authorization_code"},
		"code":         {code},
		"redirect_uri": {redirectURI},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://"+authServer+"/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(key, secret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}

// Correct: a password grant against a non-DocuSign identity provider.
func internalToken(ctx context.Context, user, password string) (*http.Response, error) {
	form := url.Values{"grant_type": {"password"}, "username": {user}, "password": {password}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://sso.internal.example.com/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}
