// Package legacyauth defines an Analyzer that finds legacy DocuSign
// authentication, retired on 2026-09-30.
//
// # Analyzer legacyauth
//
// legacyauth: find legacy DocuSign authentication (X-DocuSign-Authentication
// header, <DocuSignCredentials>, password grant), retired on 2026-09-30
//
// For example, the first line is DS601; the second is what replaces it:
//
//	req.Header.Set("X-DocuSign-Authentication", creds) // DS601
//	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
//
// DS601 reports the X-DocuSign-Authentication header being set (Header.Set,
// Add, a SetHeader-style method, a header map literal or index assignment; in
// any casing; also a name returned by a helper of the package, as in
// req.Header.Set(authHeader(creds))), a <DocuSignCredentials> payload, the password grant's
// /oauth2/token endpoint, and github.com/jfcote87/esign/legacy.Config, which
// does both. The endpoint counts at a DocuSign host (also through a constant
// concatenation such as restV2 + "/oauth2/token", or a helper's result such
// as restHost() + "/v2/oauth2/token"), or as a host-less path
// ("/oauth2/token", "/v2/oauth2/token", "%s/oauth2/token", base +
// "/v2/oauth2/token") in a function of a DocuSign package
// that sets grant_type=password. Legacy authentication never worked with
// two-factor authentication, and DocuSign retired it on 2026-09-30. Reading
// or deleting the header (a proxy that strips it), other providers'
// oauth2/token endpoints (Salesforce, Azure AD) and text in log and error
// messages are not reported.
package legacyauth

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer legacyauth" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
