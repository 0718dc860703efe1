// Package restwrap gets envelope status with net/http for other packages.
package restwrap

import "net/http"

const base = "https://demo.docusign.net/restapi/v2.1/accounts/"

// Status gets one envelope per call.
func Status(acct, id string) error { // want Status:"requests envelope status: net/http.Get"
	resp, err := http.Get(base + acct + "/envelopes/" + id)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Ping gets another service's health: no fact.
func Ping() error {
	resp, err := http.Get("https://status.example.com/health")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Client joins paths to a REST base that ends in /restapi.
type Client struct{ Base string }

func (c *Client) get(path string) error {
	resp, err := http.Get(c.Base + path)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Envelope gets one envelope per call through get.
func (c *Client) Envelope(acct, id string) error { // want Envelope:"requests envelope status: \\(\\*polling/restwrap.Client\\).get"
	return c.get("/v2.1/accounts/" + acct + "/envelopes/" + id)
}

// Template gets a template through get: no fact.
func (c *Client) Template(acct, id string) error {
	return c.get("/v2.1/accounts/" + acct + "/templates/" + id)
}
