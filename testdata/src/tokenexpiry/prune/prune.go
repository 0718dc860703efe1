// Package prune mixes a DocuSign client with code that shares nothing with
// it. tokenexpiry builds SSA only for the functions joined to the token
// code (unneededBodies); the findings must be those of a full build.
package prune

import (
	"context"
	"net/http"
	"sort"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "6f1c2c6e-0000-4000-8000-000000000001",
	Endpoint: oauth2.Endpoint{TokenURL: "https://account-d.docusign.com/oauth/token"},
}

// Client keeps the access token as a string and its expiry as a time.
type Client struct {
	bearer string
	exp    time.Time
}

func (c *Client) login(ctx context.Context, code string) error {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return err
	}
	c.bearer, c.exp = tok.AccessToken, tok.Expiry
	return nil
}

// Flawed: joined to login by the field alone; it names no token type.
func (c *Client) header(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.bearer) // want `DS501: DocuSign token read from field Client.bearer with no expiry check \(401 after 8 hours\)`
}

// fresh is joined to the token code by its caller only: its body must be
// built for checkedHeader's check to count.
func fresh(t time.Time) bool { return time.Until(t) > time.Minute }

// Correct twin: the expiry is checked through fresh.
func (c *Client) checkedHeader(ctx context.Context, req *http.Request) error {
	if !fresh(c.exp) {
		if err := c.login(ctx, "code"); err != nil {
			return err
		}
	}
	req.Header.Set("Authorization", "Bearer "+c.bearer)
	return nil
}

// Order and everything below share nothing with the token code.
type Order struct {
	ID    string
	Lines []int
}

// Total sums the lines.
func (o *Order) Total() int {
	n := 0
	for _, l := range o.Lines {
		n += l
	}
	return n
}

// Filter keeps the elements keep accepts.
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func sortedIDs(orders []*Order) []string {
	ids := make([]string, 0, len(orders))
	for _, o := range Filter(orders, func(o *Order) bool { return o.Total() > 0 }) {
		ids = append(ids, strings.ToUpper(o.ID))
	}
	sort.Strings(ids)
	return ids
}
