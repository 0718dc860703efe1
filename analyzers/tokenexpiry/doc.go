// Package tokenexpiry defines an Analyzer that finds DocuSign access tokens
// that are kept and reused after they expire.
//
// # Analyzer tokenexpiry
//
// tokenexpiry: find DocuSign access tokens cached, fetched once or wrapped
// in static sources, and reused after they expire
//
// For example, the first line is DS503; the second is what replaces it:
//
//	client := oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)) // DS503: never refreshed
//	client := cfg.Client(ctx)                                      // refreshes before expiry
//
// DocuSign access tokens cannot be extended: JWT grant tokens live 1 hour
// (and come without a refresh token), Authorization Code tokens 8 hours.
// Code that fetches a token once and keeps it passes every test and then
// gets 401 AUTHORIZATION_INVALID_TOKEN in production. The analyzer works on
// SSA (built only for packages that import x/oauth2, the esign SDK or its
// oauth2 fork, name a DocuSign host, or import a package that exports a
// token-returning function) and follows token values:
//
// Sources are the results of (*oauth2.Config).Exchange, TokenSource.Token
// (the grant is read from the source: jwt.Config.TokenSource is JWT), the
// esign fork's jwt.Config.Token and Config.Exchange/RefreshToken,
// esign's OAuth2Credential.Token, a field tagged json:"access_token" or
// m["access_token"] of a decoded token response (or the response struct
// itself, kept whole: c.token = resp; c.token.AccessToken), and the results of
// functions that return one of these. Such functions carry a TokenFunc
// fact, so a token obtained through another package is known; a function
// returning a field that its package only ever sets to such a token (a
// provider that caches and renews it: return p.tok, or p.tok.AccessToken
// of a kept *oauth2.Token) counts as one too, for
// its callers in the package and, through the fact, in others. x/oauth2
// sources count only in packages that are demonstrably about DocuSign (a
// DocuSign host in a literal or a constant, or the esign SDK), or where the
// source or config comes from a function of such a package (a SourceFunc
// fact: dsjwt.TokenSource(...).Token() in a package that names no host).
// A config with another provider's endpoint (constant non-DocuSign
// TokenURL/AuthURL, x/oauth2/endpoints.Dropbox; also returned by a function
// of the package: githubLogin().Exchange) issues no DocuSign tokens,
// and a response decoded in a function that names another service's URL
// and no DocuSign host (Slack's oauth.v2.access) holds no DocuSign token.
// DS503 assumes an *oauth2.Token of unknown origin in DocuSign code is
// DocuSign's, except one built in place or kept in a package variable from
// an untraced value (a GitHub token from the environment).
//
//   - DS501: a token stored in a package variable, a struct field (of a
//     method's receiver, a package variable, or a new struct that is
//     returned or stored, as in a constructor; not of a struct passed as a
//     parameter, which is often a per-request value), a map kept in one of
//     those, a sync.Map or a generic container (a Memo[K, V] whose Put
//     fills a field, of the package or, through its Container fact, of
//     another: judged per variable holding it, at the calls of its
//     getter), a variable captured by a closure that is
//     returned, stored (also appended to a kept slice: handlers =
//     append(handlers, func() {...})), started as a goroutine or
//     registered as an HTTP handler, or a
//     parameter of a package function captured by the closure it returns
//     when that closure outlives the call (mux.Handle("/p", proxy(tok))),
//     and read to
//     authorize a request (or served to one: encoded by json.NewEncoder(w)
//     of a handler's ResponseWriter, alone or in a map, for a browser app
//     that calls DocuSign with it): an Authorization header, SetAuthHeader,
//     StaticTokenSource (also over &oauth2.Token{AccessToken: cached}),
//     esign.TokenCredential, a function of the package
//     that does one of these, or a getter returning "Bearer "+token (a
//     stored token handed to Config.Client is fine: it refreshes). In
//     DocuSign code, a field of type oauth2.Token (or a pointer to one) of
//     a long-lived struct that the package only ever sets from a parameter,
//     or never sets while another package can (an exported field), counts
//     as a stored token too.
//     A field promoted from an embedded struct is named from the struct it
//     is read through (Client.baseClient.accessToken), and the message
//     names where the token was obtained. It is not
//     reported when the reading function (or a function of the package it
//     calls, or the function it is nested in, or every caller of an
//     unexported function that is only ever called directly) shows expiry
//     evidence:
//     Token.Valid, time.Since/Until, Time.Before/After/Compare/Sub, a
//     bool function of another package given a time, or given the token
//     when its ExpiryCheck fact says it looks at the token's expiry
//     (tokenutil.Fresh(tok); tokenutil.HasToken(tok) checks nothing), or an
//     ordered comparison of a time or integer seconds that came from the
//     token's expiry (a field named exactly Expiry, ExpiresAt, ExpiresIn,
//     Exp, ..., one tagged json:"expires_in", m["exp"], or a field the
//     package stores such a value into: c.deadline = tok.Expiry.Unix());
//     a field whose name merely contains "exp" (exportLimit, expected) is
//     no expiry. Nor is it reported when a fresh token is stored on every
//     path to the read (by the function itself, or by a call of a package
//     function that stores one before each return that is not an error:
//     c.Login(ctx), then c.token; not a Login that returns early when a
//     token is kept), nor when some store renews it periodically: a
//     store inside a loop that waits on a timer (time.Sleep, time.After,
//     a receive from a Ticker's or Timer's C), or in a function of the
//     package called from such a loop (the refresh helper of a ticker
//     loop). A retry loop that sleeps between attempts and stores the
//     token once, after the loop, is not a refresher. A getter that
//     returns the stored token is judged at its callers in the package
//     (reported when one of them authorizes with it unchecked, or when it
//     has none). The finding is at the read and names where the token was
//     stored.
//     A token given to another package's setter is kept there: a method
//     that stores a string or token parameter in a field of its receiver
//     which its package reads to authorize with none of the above evidence
//     (dsclient's SetToken(t) { c.token = t }, read by Do) carries a
//     Setter fact, and a call giving it a DocuSign token on a value that
//     outlives the call (a receiver's field, a package variable, a client
//     that is returned or stored) is reported at the call, naming the
//     setter and, as related information, the field. Not when the call is
//     in a timed refresher or a function with expiry evidence, nor when
//     the function then calls one of the fact's readers on the same value
//     (a token fetched and set for the request it is sent with).
//   - DS502: a token obtained in init(), a package-level initializer, or a
//     function run by sync.Once.Do, sync.OnceFunc/OnceValue/OnceValues,
//     and kept (stored outside the function, or returned by OnceValue(s)).
//     Reads of a location filled only there are not reported again as
//     DS501; a location that is also renewed elsewhere (a refresh function,
//     a timed refresher) is left to DS501.
//   - DS503: oauth2.StaticTokenSource (x/oauth2 or the fork) over a DocuSign
//     token, or esign.TokenCredential, whose result (or the client or
//     credential built over it) outlives the call: stored in a variable,
//     field or map, captured by a long-lived closure, or returned by a
//     function that also obtained the token. One built per request is
//     fine, and so is a helper that wraps its parameter and returns it
//     (func static(tok) oauth2.TokenSource, or one that builds the token
//     over its access token string, or one that returns such a helper's
//     result over its own parameter: a wrapper of a wrapper, to any
//     depth): its callers are judged instead, as if
//     they had built the source over the token they pass, in other
//     packages too through the helper's StaticFunc fact. A static source
//     is judged only over a token traced to DocuSign; an
//     esign.TokenCredential is DocuSign's whatever string it wraps
//     (worker.NewPoller keeping client.SharedCredential(access, cfg)).
//   - DS504: an oauth2.Token literal whose AccessToken comes from a decoded
//     DocuSign token response and that sets no Expiry, or a token allocated
//     empty (new(oauth2.Token), var t oauth2.Token) whose AccessToken is
//     then set from one, in a function that never sets an Expiry, or a
//     token built either way with any AccessToken and no Expiry that is
//     handed to esign's JWTConfig.Credential or OAuth2Config.Credential,
//     or to ReuseTokenSource, Config.TokenSource or Config.Client over a
//     DocuSign source or config (and used for nothing else: a helper may
//     set its Expiry), whose Token.Valid check then never refreshes it; for
//     literals from a response a suggested fix adds
//     Expiry: time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
//     when the response has a numeric expires_in field (importing "time"
//     when needed).
//
// Not reported: ReuseTokenSource, Config.TokenSource and Config.Client of
// x/oauth2 and x/oauth2/jwt, esign credentials from JWTConfig.Credential and
// OAuth2Config.Exchange (they refresh), a token fetched and used in one
// call, a per-request struct, _test.go files, OAuth code for other
// providers.
//
// What the analysis cannot see: expiry handled in another package (a
// wrapper type from a shared library that checks the expiry before calling
// into this package), a token stored in one package and read in another
// through exported fields (a setter is followed), a store through an
// interface or reflection, and sinks
// behind calls into other packages (an API client that takes the token as
// a parameter). In the first case the finding names the read and where the
// token was stored, so the reader can confirm the check elsewhere and
// suppress it with //dslint:ignore DS501 <reason>; the others are missed
// rather than guessed.
package tokenexpiry

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer tokenexpiry" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
