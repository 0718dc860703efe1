// Package jwtclaims holds DocuSign JWT grant assertions built with each JWT
// library, for the jwtclaims analyzer (DS301-DS306).
package jwtclaims

// audience is the production auth server, the bare host DocuSign expects as aud.
const audience = "account.docusign.com"
