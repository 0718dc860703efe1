// Package pemkey defines an Analyzer that finds private keys and OAuth
// client secrets embedded in Go source, and private-key PEMs that will not
// parse.
//
// # Analyzer pemkey
//
// pemkey: find private keys (PEM, \n-escaped, base64, //go:embed) and OAuth
// client secrets embedded in Go source, and private-key PEMs that will not
// parse
//
// For example, the first line is DS201; the second is what replaces it:
//
//	const privateKey = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow..." // DS201
//	key, err := os.ReadFile(os.Getenv("DOCUSIGN_PRIVATE_KEY_FILE"))
//
// It runs on every package, not only DocuSign integrations: a private key
// in production code is a defect wherever it is.
//
// DS201 reports a private key in a constant string or a []byte conversion of
// one: a raw-string PEM; an interpreted string with \n escapes; a
// concatenation of pieces, including named constants from other packages;
// a one-line PEM with literal \n escapes (as copied from JSON or .env files);
// a base64-encoded PEM (the base64 of "-----BEGIN" starts "LS0tLS1CRUdJTi");
// a whole string that is the base64 of a DER key on one line, with no PEM
// lines (only when crypto/x509 parses it: a PKCS#1, PKCS#8 or SEC 1 key);
// and a //go:embed directive whose files hold a key (PEM, or a binary DER
// key that crypto/x509 parses). Multi-line base64 with no PEM lines is the
// body of a PEM assembled elsewhere and is reported there. Labels: RSA PRIVATE KEY,
// EC PRIVATE KEY, PRIVATE KEY (PKCS#8), ENCRYPTED PRIVATE KEY, OPENSSH
// PRIVATE KEY, DSA PRIVATE KEY and PGP PRIVATE KEY BLOCK (armor, not parsed).
// Each constant is reported once, where it is written: at the literal or the
// concatenation, never at a use of a named constant. When the key goes straight into
// esign.JWTConfig.PrivateKey, x/oauth2/jwt.Config.PrivateKey,
// jwt.ParseRSAPrivateKeyFromPEM (golang-jwt v4/v5, dgrijalva),
// x509.Parse*PrivateKey or pem.Decode (directly, or through the constant or
// variable it initializes in the same package), the message says so.
//
// DS202 reports a private-key-looking PEM that will not parse: a label that
// names a key but no parser knows ("RSA KEYPAIR", "RSA KEY") unless the
// block decodes to a key anyway, BEGIN and END
// labels that differ, a missing END or BEGIN line, a body that is not base64,
// a block encoding/pem cannot decode (e.g. a BEGIN line joined to the body by
// a space, or an indented END line), or a body that decodes but is not a
// PKCS#1, PKCS#8, SEC 1, DSA or openssh-key-v1 key. Such a key fails at run
// time with "could not deserialize key data". A well-formed key of a kind Go
// does not parse (Ed448, RSA-PSS, secp256k1 or brainpool curves, a TPM "TSS2
// PRIVATE KEY": any "<kind> PRIVATE KEY" label) is not damaged: it is DS201.
//
// A body needs at least 64 base64 characters to count, so placeholders
// ("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"),
// prose and strings that hold only a header (strings.HasPrefix(s,
// "-----BEGIN RSA PRIVATE KEY-----")) are not reported. Certificates and
// public keys are never reported, nor keys read from files, the environment
// or a secret manager. Messages name the kind, size and encoding of a key
// ("RSA 2048-bit private key (PEM)") and never print key material.
//
// DS203 reports a non-empty constant client secret: in
// oauth2.Config.ClientSecret, clientcredentials.Config.ClientSecret,
// esign.OAuth2Config.Secret or jfcote87/oauth2.Config.ClientSecret (literal
// or assignment), also a local variable's value or a field of the
// application's config type that its package writes a constant to (a
// default in Defaults(), overridden from the environment only when set;
// internal/values facts, reported where the field reaches the secret); as a client_secret form value (url.Values{"client_secret":
// {...}}, v.Set/Add("client_secret", ...), a map literal, or a constant body
// "...&client_secret=..."); and as the password of Basic auth
// (req.SetBasicAuth(id, "..."), "Basic " + base64(id + ":" + secret), or a
// constant "Basic <base64 of id:secret>", ik + ":secret", fmt.Sprintf("%s:%s",
// ik, secret), also through a local variable) in packages about DocuSign,
// where Basic auth carries the client secret to the token endpoint; other
// Basic credentials (a CI bot's API token) are a generic scanner's job, and
// a constant only compared against (a server checking an inbound header) is
// not sent anywhere. Empty values and plain
// placeholders ("<your secret>", "${SECRET}", "%s", "changeme", values under
// 8 characters) are not reported. Messages never print the secret.
//
// Speed: a string literal is looked at only if its source text contains
// "-----", "LS0tLS1CRUdJTi", "client_secret" or "Basic "; a constant value
// is decoded only if it contains "-----BEGIN", "-----END" or
// "LS0tLS1CRUdJTi"; struct, assignment and call checks for DS203 run only in
// packages importing x/oauth2, jfcote87, net/url, net/http or
// encoding/base64.
//
// //go:embed files are read with pass.ReadFile. The analysis drivers only
// let it read a package's Go and "other" (C, assembly...) files, so when it
// refuses an embedded file the file is read directly: it is inside the
// package directory, and the compiler reads it too. Under Bazel nogo, where
// pass.ReadFile is nil, embedded files are not checked.
// A file up to 1 MiB is read whole; a larger one is read line by line for
// PEM blocks (up to 64 KiB each), so a key at the end of a large file is
// still found.
//
// A constant passed to a constant replacement (strings.ReplaceAll or
// strings.Replace with constant arguments, directly or through a function
// of the package that only returns one, such as std's testingKey) is
// judged as replaced: the key the program loads, not the text written.
// A label no parser knows around a body that pem.Decode and crypto/x509
// load (std's "TEST KEY") is a key too (DS201): the decoders ignore the
// label. A TPM-wrapped key ("TSS2 PRIVATE KEY") is DS201 with a message
// saying only the TPM can sign with it.
//
// The standard library: std is checked like any code. Its one test key in a
// non-test file (net/http/internal/testcert) is written with disguised
// labels ("RSA TESTING KEY") repaired by testingKey at run time: outside
// _test.go files that is the Go convention for a test key and is not
// reported; in test files (with -tests) the repaired key is DS201. Labels
// containing TESTING that nothing repairs are not treated as private keys.
// Certificates there are not keys, and encoding/pem's documentation
// examples have no key body.
package pemkey

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer pemkey" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
