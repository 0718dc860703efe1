// Package legacyconfigured logs in with DocuSign's legacy password grant at
// a base URL from configuration (the shape of esign's legacy package): the
// token it caches is a legacy token, not a 1-hour/8-hour OAuth token, so
// there is no DS501 here (legacyauth reports the endpoint as DS601).
package legacyconfigured

import (
	"encoding/json"
	"net/http"
	"net/url"
)

const demoBase = "https://demo.docusign.net/restapi/v2"

type tokenResponse struct {
	AccessToken string `json:"access_token"`
}

type Client struct {
	Base  string // demoBase or the production base URL, from configuration
	token string
}

func (c *Client) Login(ik, user, pass string) error {
	form := url.Values{"grant_type": {"password"}, "client_id": {ik}, "username": {user}, "password": {pass}, "scope": {"api"}}
	resp, err := http.PostForm(c.Base+"/oauth2/token", form)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return err
	}
	c.token = tr.AccessToken
	return nil
}

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "bearer "+c.token)
	return http.DefaultClient.Do(req)
}
