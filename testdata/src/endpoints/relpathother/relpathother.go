// Package relpathother is relpath's twin that is not about DocuSign: the
// same path shape relative to another API's base is not DocuSign's.
package relpathother

import (
	"context"
	"net/http"
)

// reportingEnvelopes is a path of another service.
const reportingEnvelopes = "/v2.1/accounts/0c7d4e2b-9a1f-4b36-8e5d-3f2a1c0b9d84/envelopes"

// Get fetches the path from base.
func Get(ctx context.Context, base string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+reportingEnvelopes, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
