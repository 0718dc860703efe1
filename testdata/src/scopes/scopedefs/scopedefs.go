// Package scopedefs declares DocuSign scope constants used by scopeuse.
package scopedefs

// Scope names.
const (
	Signature     = "signature"
	Impersonation = "impersonation"
	Extended      = "extended"
	Misspelled    = "signatur"
)

// ConsentURL is the JWT consent URL (its code is never exchanged here).
const ConsentURL = "https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id="
