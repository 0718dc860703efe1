// Package scopes defines an Analyzer that checks DocuSign OAuth scopes
// against the grant that requests them.
//
// # Analyzer scopes
//
// scopes: check DocuSign OAuth scopes against the grant that requests them:
// extended, impersonation, separators and names
//
// For example:
//
//	jwt.Config{Scopes: []string{"signature"}}                 // DS403: the JWT grant needs impersonation
//	jwt.Config{Scopes: []string{"signature,impersonation"}}   // DS404: one scope per element
//
// DocuSign's grants take different scopes: extended belongs to the
// Authorization Code grant, impersonation to the JWT grant, which needs at
// least "signature impersonation", and scopes are separated by spaces. The
// analyzer finds every scope list and the grant it is requested with:
//
//   - JWT: the scope claim of an assertion (golang-jwt, dgrijalva, jwx
//     builders and Set, go-jose and custom claims structs, through
//     internal/claims), golang.org/x/oauth2/jwt and jfcote87/oauth2/jwt
//     Config.Scopes, esign JWTConfig.Credential (which adds impersonation
//     itself, so it never lacks it);
//   - Authorization Code: an x/oauth2 or jfcote87/oauth2 Config whose
//     Exchange is called in the package on the same variable or field (or on
//     an untracked receiver), esign OAuth2Config.AuthURL when the config's
//     Exchange is called, a hand-built /oauth/auth?response_type=code URL in
//     a package that sends a grant_type=authorization_code token request
//     (unless it asks for impersonation and the package also runs a JWT
//     grant or builds another code request without impersonation: then it
//     is the JWT consent URL, and the other one is the exchanged login);
//   - Implicit: a response_type=token URL;
//   - Consent: a response_type=code URL, an oauth2.Config or an esign
//     OAuth2Config whose code is not exchanged in the package, and esign
//     JWTConfig.UserConsentURL: impersonation is right there.
//
// Scope values are read where they are used, through internal/values:
// constant strings, []string literals (also through a variable initialised
// once or built across statements, append onto such a list, a slice of it
// with constant bounds), a list field built by the package's writes and
// appends (functional options) and a list parameter given by its calls,
// strings.Join of such a list, constant concatenations, constants and
// exported lists of other packages (a ListFact), the scope parameter of
// constant URLs (+ and %20 decoded), of a URL concatenated from pieces with
// unknown parts between the response type and the scope, and a scope list
// joined into a URL after "...&scope=" (also through url.QueryEscape).
// It reports:
//
//   - DS401: extended with a JWT or implicit grant;
//   - DS402: impersonation in an authorization-code grant whose code is
//     exchanged;
//   - DS403: a JWT grant whose known scopes lack impersonation
//     (consent_required), noting when signature is missing too, and a
//     DocuSign assertion (constant DocuSign aud) with no scope claim at
//     all, when the claims literal reaches jwt.NewWithClaims or
//     json.Marshal with no write on the way (a helper or a later
//     claims["scope"] = ... may add it otherwise);
//   - DS404: a list element or scope string joining scopes with , ; + or
//     %20 (fix: one element per scope, or spaces), or strings.Join with a
//     separator other than a space (fix: " ");
//   - DS405: a scope DocuSign does not define, with a did-you-mean (edit
//     distance at most 2, or the verb form "impersonate") and a fix.
//
// Only DocuSign scopes are checked: the use names a DocuSign host (token
// URL, audience, endpoint, URL) or goes through esign; otherwise the
// package must be about DocuSign (internal/evidence) and the list must
// hold a DocuSign-specific scope or near miss. An element of a list
// field or parameter joining several writes or calls (perhaps another
// use's) is judged only when it names one. A config with another
// provider's endpoint (a non-DocuSign URL, google.Endpoint) is never
// checked.
package scopes

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer scopes" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
