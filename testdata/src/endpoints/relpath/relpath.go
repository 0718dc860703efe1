// Package relpath calls the eSignature REST API on the base URI that
// UserInfo returns (base_uri + "/restapi"), with paths relative to it: an
// account ID GUID in one (/v2.1/accounts/<guid>) is hardcoded (DS107) in a
// package about DocuSign. The twins: a placeholder GUID, another API's
// host before the same path, and package relpathother, which is not about
// DocuSign.
package relpath

import (
	"context"
	"net/http"
)

// userInfoURL is where the base URI comes from.
const userInfoURL = "https://account.docusign.com/oauth/userinfo"

// reportingEnvelopes is the path of the finance team's reporting account.
const reportingEnvelopes = "/v2.1/accounts/0c7d4e2b-9a1f-4b36-8e5d-3f2a1c0b9d84/envelopes" // want `DS107: the REST path hardcodes a DocuSign account ID`

// templatePath is a placeholder for the reader to fill in.
const templatePath = "/v2.1/accounts/00000000-0000-0000-0000-000000000000/envelopes"

// billingPath is another service's path behind its own host.
const billingPath = "https://billing.example.com/v2.1/accounts/0c7d4e2b-9a1f-4b36-8e5d-3f2a1c0b9d84/invoices"

// Client calls the REST API at base.
type Client struct{ base string }

// Get sends a GET request for path.
func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Reports fetches the reports.
func (c *Client) Reports(ctx context.Context) error {
	for _, p := range []string{reportingEnvelopes, templatePath, billingPath, userInfoURL} {
		if _, err := c.Get(ctx, p); err != nil {
			return err
		}
	}
	if _, err := c.Get(ctx, "/v2/accounts/5e9a2c7f-1b3d-4f80-8a6e-d2c4b0f91e57/users"); err != nil { // want `DS107: the REST path hardcodes a DocuSign account ID`
		return err
	}
	return nil
}
