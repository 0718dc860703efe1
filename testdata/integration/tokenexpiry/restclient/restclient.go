// Package restclient is the app's small REST client: it sends the access
// token it is given and knows nothing of DocuSign or of where the token
// comes from. SetToken keeps it for every later request (a Setter fact);
// Checked is the done-right twin that refuses a token past its expiry.
package restclient

import (
	"errors"
	"net/http"
	"time"
)

// Client sends every request with the token it was given last.
type Client struct {
	base  string
	hc    *http.Client
	token string
}

// New returns a client of the REST API at base.
func New(base string) *Client { return &Client{base: base, hc: http.DefaultClient} }

// SetToken keeps the access token for later requests.
func (c *Client) SetToken(t string) { c.token = t }

// Do sends req with the kept token, whatever its age.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.hc.Do(req)
}

// ErrExpired is returned for a request with an expired token.
var ErrExpired = errors.New("restclient: token expired")

// Checked refuses to send a token past its expiry.
type Checked struct {
	Client
	expiry time.Time
}

// SetToken keeps the access token and its expiry.
func (c *Checked) SetToken(t string, expiry time.Time) { c.token, c.expiry = t, expiry }

// Do sends req with the kept token while it is valid.
func (c *Checked) Do(req *http.Request) (*http.Response, error) {
	if time.Until(c.expiry) < time.Minute {
		return nil, ErrExpired
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.hc.Do(req)
}
