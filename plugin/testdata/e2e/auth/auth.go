// Package auth is the fixture of the golangci-lint end-to-end test.
package auth

// DS101: reported.
const authServer = "https://account-d.docusign.com"

// DS104 (a warning): reported unless the settings disable it.
const pinned = "https://na2.docusign.net/restapi"

// Suppressed the golangci-lint way.
const monitor = "https://lens-d.docusign.net" //nolint:dslint // sandbox monitor

// Endpoint is suppressed as a whole by golangci-lint's nolint (the
// directive covers the declaration; dslint alone only looks at the line
// of the finding and the line above, so standalone dslint reports it).
//
//nolint:dslint // sandbox smoke test
func Endpoint() string {
	stage := true
	_ = stage
	return "https://account-s.docusign.com"
}

// Hosts returns the configured hosts.
func Hosts() []string { return []string{authServer, pinned, monitor} }
