// Package a imports b, which imports a.
package a

import "example.com/bad/cycle/b"

// Host is the OAuth host.
const Host = "https://account-d.docusign.com"

var _ = b.Name
