// Package endpoints defines an Analyzer that finds DocuSign environment and
// endpoint mistakes: the developer sandbox shipped to production.
//
// # Analyzer endpoints
//
// endpoints: find DocuSign demo hosts in production code, demo/production
// mixes, malformed aud values, pinned data-center base URIs, bad redirect
// URIs, hardcoded user and account IDs and client certificates
//
// For example:
//
//	const authServer = "https://account-d.docusign.com"           // DS101: the sandbox after Go Live
//	claims := jwt.MapClaims{"aud": "https://account.docusign.com/"} // DS103: the aud is the bare host
//
// DocuSign's developer sandbox ("demo") and production are separate
// instances: after Go Live, keys, users and RSA key pairs exist only in
// production. The analyzer reports:
//
//   - DS101: a demo or stage host (account-d.docusign.com, demo.docusign.net,
//     api-d.docusign.net, ...) in a string constant, or IsDemo: true in
//     github.com/jfcote87/esign configuration. A demo host is judged where it
//     is used: it is not reported where a production host of the same API
//     family reaches the same use (the other branch of an if/else or switch
//     assigning the same variable or field, another return of the function,
//     the same map or table literal, another preset of the field or call of
//     the parameter, another entry of a table of presets keyed by
//     environment whose entry holds it); a production host elsewhere in the
//     package excuses nothing. Nor is it reported when it is only compared against (==,
//     switch case, strings.Contains), inline or through a constant or
//     variable the package uses only so. A named constant is reported once,
//     at its declaration; an exported demo constant declared next to its
//     production twin (const DemoAuth, ProdAuth) and unused there is
//     reported in each package that uses it where no production host
//     reaches the use ("from constant dshosts.DemoAuth").
//   - DS102: demo and production values in one struct literal
//     (jwt.Config{Audience: demo, TokenURL: prod}, a production preset of
//     the application's config type with nested config literals), at its
//     first demo value, or a function whose JWT aud names one environment
//     while its token request goes to the other. A struct listing each demo
//     value next to its production twin (envURLs{Demo: ".../oauth/token",
//     Prod: ".../oauth/token"}), in fields that each hold one environment in
//     the package, is a table of environments, like a map, and is not a mix.
//   - DS103: a JWT aud naming a DocuSign auth server with a scheme, port, path
//     or trailing slash, in every JWT library's aud field, key or builder; the
//     suggested fix is the bare host.
//   - DS104: an eSignature base URI pinned to a data center
//     (https://na2.docusign.net/restapi) instead of the UserInfo base_uri,
//     also a bare data-center host returned by a function and completed
//     with /restapi/... at a call.
//   - DS105: a redirect URI with a fragment or without a scheme, in
//     oauth2.Config.RedirectURL, esign.OAuth2Config.RedirURL, redirect_uri
//     form values or the redirect_uri parameter of a constant or built
//     URL, also the presets a field of the application's config type read
//     there is written (cfg.RedirectURL: each constant the field's package
//     writes to it, reported at the read, even where the environment may
//     override it). Where DocuSign reaches a package only through another package's
//     values (cfg.AuthHost() of the application's config), the configs and
//     URLs attributed to DocuSign as the scope rules attribute them, also
//     the String of a URL parsed from such a host whose query is set
//     through u.Query(). A config whose endpoint is parsed from another
//     provider's server is that provider's, and so is the query of such a
//     URL (q := u.Query(); q.Set("redirect_uri", ...)).
//   - DS106: a constant GUID sent as the impersonated user: the sub of a
//     DocuSign assertion (claims.Sites: "sub", Subject, jwx Subject(...)),
//     x/oauth2/jwt Config.Subject, the apiUserName of esign's
//     JWTConfig.Credential. The user's GUID differs in production; the
//     integration key's (iss, Email, IntegratorKey) does not and is not
//     looked at. Claims with another constant aud, or in a function that
//     signs with HMAC, are not DocuSign's.
//   - DS107: a constant GUID as a DocuSign account ID: esign's
//     JWTConfig/OAuth2Config.AccountID, OAuth2Credential.WithAccountID, or
//     after /accounts/ in a DocuSign REST path (/v2.1/accounts/<guid>
//     relative to the base URI too, in a package about DocuSign), written
//     in one literal or built with +, fmt.Sprintf, path.Join or url.JoinPath
//     from constants and variables defined once, also a GUID preset in a
//     field of the application's config type read there (cfg.AccountID,
//     reported at the read). A path held in a constant is reported at its
//     declaration only.
//   - DS108 (warning): a client certificate (tls.Config.Certificates,
//     GetClientCertificate) on the transport of an *http.Client that, in
//     the same function, sends a request whose URL names a DocuSign host
//     (in its constant parts, or in every value the resolver finds for it:
//     a helper returning a data-center host, a config method, a URL parsed
//     with url.Parse and given its path),
//     is returned by an esign HTTPClientFunc / SetClientFunc, or is x/oauth2's
//     context client in a function naming a DocuSign host; a client
//     returned by a function of the package is followed into it. DocuSign
//     does not support mutual TLS (FAQ-1).
//
// Packages that never name a DocuSign host nor import a DocuSign library are
// skipped after a substring scan of their string literals.
package endpoints

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer endpoints" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
