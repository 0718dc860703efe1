package tokenexpiry

import "github.com/dslint/dslint/internal/docusign"

// expired is the consequence every message ends with: requests fail with
// 401 AUTHORIZATION_INVALID_TOKEN once a token of grant g has expired.
func expired(g docusign.Grant) string {
	return "(401 after " + g.ExpiresAfter() + ")"
}
