// Package legacyauth defines an Analyzer that finds legacy DocuSign
// authentication, retired on 2026-09-30.
//
// # Analyzer legacyauth
//
// legacyauth: find legacy DocuSign authentication (X-DocuSign-Authentication
// header, <DocuSignCredentials>, password grant)
//
// DS601 reports the X-DocuSign-Authentication header being set (Header.Set,
// Add, a SetHeader-style method, a header map literal or index assignment; in
// any casing), a <DocuSignCredentials> payload, a password grant aimed at
// DocuSign's /oauth2/token, and github.com/jfcote87/esign/legacy.Config,
// which does both. Legacy authentication never worked with two-factor
// authentication, and DocuSign retired it on 2026-09-30. Reading or deleting
// the header (a proxy that strips it) is not reported.
package legacyauth
