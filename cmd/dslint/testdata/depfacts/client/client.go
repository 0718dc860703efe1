// Package client caches DocuSign tokens per account in a cache.Memo and
// reuses them with no expiry check: DS501 at the Get, whether dslint is
// run on ./... or on this package alone.
package client

import (
	"encoding/json"
	"net/http"
	"net/url"

	"example.com/depfacts/cache"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
}

var tokens = cache.NewMemo[string, string]()

func fetch(account string) (string, error) {
	resp, err := http.PostForm("https://account.docusign.com/oauth/token", url.Values{"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"}})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	return tr.AccessToken, nil
}

// Authorize sets the cached token of account on req.
func Authorize(req *http.Request, account string) error {
	tok, ok := tokens.Get(account)
	if !ok {
		var err error
		if tok, err = fetch(account); err != nil {
			return err
		}
		tokens.Put(account, tok)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return nil
}
