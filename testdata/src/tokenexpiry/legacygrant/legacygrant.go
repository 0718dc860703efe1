// Package legacygrant caches the token of DocuSign's legacy password grant
// (/restapi/v2/oauth2/token). Legacy tokens are not the 1-hour/8-hour OAuth
// tokens DS501 is about; the endpoint itself is legacyauth's finding (DS601).
package legacygrant

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

const legacyTokenURL = "https://www.docusign.net/restapi/v2/oauth2/token"

type tokenResponse struct {
	AccessToken string `json:"access_token"`
}

var cached string

func login(user, password, ik string) error {
	form := url.Values{"grant_type": {"password"}, "client_id": {ik}, "username": {user}, "password": {password}, "scope": {"api"}}
	resp, err := http.Post(legacyTokenURL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return err
	}
	cached = tr.AccessToken
	return nil
}

func call(req *http.Request) {
	req.Header.Set("Authorization", "bearer "+cached)
}
