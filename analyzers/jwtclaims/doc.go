// Package jwtclaims defines an Analyzer that checks the claims of DocuSign
// JWT grant assertions, whichever Go library builds them.
//
// # Analyzer jwtclaims
//
// jwtclaims: check the claims of DocuSign JWT grant assertions (exp, nbf,
// iat, sub and aud), whichever Go library builds them
//
// For example:
//
//	claims := jwt.MapClaims{
//		"iss": integrationKey, "sub": userID, "aud": "account.docusign.com",
//		"iat": now.Unix(),
//		"exp": now.Add(24 * time.Hour).Unix(), // DS303: at most an hour after iat
//	}
//
// DocuSign answers a wrong assertion with an opaque invalid_grant. The
// analyzer follows the claim set to the call that signs it
// (jwt.NewWithClaims(...).SignedString for golang-jwt v4/v5 and
// dgrijalva/jwt-go, or jwt.New then tok.Claims = ..., jwt.Sign for
// lestrrat-go/jwx v2/v3,
// jwt.Signed(sig).Claims(...).Serialize for go-jose v3/v4), including claims
// completed after the literal in the same function (claims["exp"] = ...,
// c.ExpiresAt = ..., builder calls and tok.Set over several statements), and
// reports:
//
//   - DS301: no exp by the time the claims are signed (no_valid_keys_or_signatures);
//   - DS302: nbf in the future;
//   - DS303: exp at or before iat/now (expired_grant), or more than an hour
//     after iat, which has no effect (the token lives one hour), or in
//     ms/µs/ns (read as seconds thousands of years ahead), or now plus a
//     number without a time unit (now.Add(3600) is 3600 ns: exp is iat); also
//     x/oauth2/jwt Config.Expires and esign's ConfigOptions.SetExpiresIn.
//     Where the duration is written out in place, a suggested fix makes it
//     one hour (24 * time.Hour becomes time.Hour) or counts the number in
//     seconds (now.Add(3600 * time.Second)), and UnixMilli becomes Unix;
//   - DS304: iat in the future, over an hour old, or in ms/µs/ns (a
//     UnixMilli call becomes Unix);
//   - DS305: a constant sub (or Config.Subject, or the apiUserName of esign's
//     JWTConfig.Credential) that is an email address or not a GUID
//     (user_not_found);
//   - DS306: no aud, or an x/oauth2/jwt Config whose DocuSign TokenURL is
//     sent as aud because Audience is unset (with a fix adding Audience).
//
// Times are evaluated relative to now (time.Now().Add(time.Hour).Unix(),
// now.Unix()+3600, jwt.NewNumericDate(t)); values that depend on parameters
// or configuration are not judged. Missing claims are reported only when
// every write was seen: claims passed to one of the application's own
// functions before signing may be completed there and are left alone.
//
// Only DocuSign assertions are checked: the aud names a DocuSign host (also
// through the values resolver: cfg.AuthHost(), a config method returning
// the demo or the production auth host), the scope asks for impersonation
// (also in a list joined with commas), the function mentions a DocuSign host (the
// token endpoint the assertion is posted to), or the function's result is
// sent as the assertion form field by a function of the same package that
// mentions one. A jwx builder chain whose token a helper signs is judged
// as one claim set at the chain, its aud and scope attributing it as at a
// signing call. An application's own session tokens are not judged: claims
// signed with HMAC (DocuSign takes RS256 only) or with a constant aud that
// is not DocuSign's are the application's, even next to DocuSign code, and
// an x/oauth2/jwt Config whose constant TokenURL is another provider's is
// not DocuSign's. A Config whose TokenURL comes from configuration is
// DocuSign's when its Scopes ask for impersonation.
// Hand-rolled assertions (a map[string]any or a tagged struct passed to
// encoding/json, then signed with crypto/rsa) must set at least two
// registered claims to be taken for one. A tagged struct literal handed to
// one of the application's own functions (signJWS(key, claims)) is judged
// at the literal when its own aud or scope shows DocuSign: a claim its type
// has no field for is missing (DS301, DS306). The function may be in
// another package, also one that imports no JWT library itself, when it
// signs that argument as JWT claims (an analysis fact, so also under go
// vet): it hands it to a JWT library's signing call, or serialises it with
// encoding/json and signs with a JWT library or a private key
// (crypto/rsa, crypto/ecdsa, a crypto.Signer), itself, in a function of its
// package or through another such signer. A literal handed only to other
// functions of other packages (a webhook's HMAC, a JSON file, fmt) is not
// judged.
package jwtclaims

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer jwtclaims" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
