// Package client caches DocuSign tokens per account in a cache.Memo and
// reuses them with no expiry check: DS501 at the Get, whether dslint is
// run on ./... or on this package alone.
package client

import (
	"encoding/json"
	"io"
	"net/http"

	"example.com/depfacts/cache"
)

const tokenURL = "https://account.docusign.com/oauth/token"

var tokens = cache.NewMemo[string, string]()

// Authorize sets the cached token of account on req.
func Authorize(req *http.Request, account string, grant io.Reader) error {
	tok, ok := tokens.Get(account)
	if !ok {
		resp, err := http.Post(tokenURL, "application/x-www-form-urlencoded", grant)
		if err != nil {
			return err
		}
		var body struct {
			AccessToken string `json:"access_token"`
		}
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		tok = body.AccessToken
		tokens.Put(account, tok)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return nil
}
