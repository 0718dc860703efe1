// Package constdef declares DocuSign hosts used by another package.
package constdef

// AuthServer is reported here, at its declaration, and not where it is used.
const AuthServer = "account-d.docusign.com" // want `DS101: DocuSign demo auth server account-d\.docusign\.com`

// Audience carries a scheme: reported where it is used as aud.
const Audience = "https://account-d.docusign.com" // want `DS101: DocuSign demo auth server`
