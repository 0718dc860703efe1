// Package dsclient is a small REST client that sends the access token it
// is given; it knows nothing of where the token comes from, so callers in
// other packages are judged by what they give it (Setter facts).
package dsclient

import (
	"errors"
	"net/http"
	"time"
)

// Client sends every request with the token it was given last.
type Client struct {
	base  string
	token string
}

// New returns a client of the REST API at base.
func New(base string) *Client { return &Client{base: base} }

// SetToken keeps the access token for later requests.
func (c *Client) SetToken(t string) { c.token = t } // want SetToken:"keeps parameter 1 in field Client.token, read with no expiry check by \\(\\*tokenexpiry/setter/dsclient.Client\\).Do"

// Do sends req with the kept token, whatever its age.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	return http.DefaultClient.Do(req)
}

// ErrExpired is returned for a request with an expired token.
var ErrExpired = errors.New("dsclient: token expired")

// Checked is the twin of Client: it refuses a token past its expiry.
type Checked struct {
	token  string
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
	return http.DefaultClient.Do(req)
}

// Named keeps a name it never sends as a token.
type Named struct{ name string }

// SetName keeps a display name.
func (n *Named) SetName(s string) { n.name = s }

// Do sends req with the name as a header.
func (n *Named) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Name", n.name)
	return http.DefaultClient.Do(req)
}
