// Package connect defines an Analyzer that checks DocuSign Connect webhook
// listeners: how they verify the X-DocuSign-Signature HMAC, and whether
// they do.
//
// # Analyzer connect
//
// connect: find DocuSign Connect webhook listeners that compare the
// X-DocuSign-Signature HMAC in variable time, compute it wrongly, hardcode
// its key, or never verify it
//
// For example, a signature compared with != is DS801; hmac.Equal compares in constant time:
//
//	if base64.StdEncoding.EncodeToString(mac.Sum(nil)) != r.Header.Get("X-DocuSign-Signature-1") { // DS801
//	sig, _ := base64.StdEncoding.DecodeString(r.Header.Get("X-DocuSign-Signature-1"))
//	if !hmac.Equal(mac.Sum(nil), sig) { // instead
//
// With HMAC enabled, DocuSign sends each Connect notification with
// X-DocuSign-Signature-1 (-2, ... one per active key): the base64 of
// HMAC-SHA256 over the raw request body, keyed with the Connect HMAC secret.
//
// The signature is followed from where it is read (r.Header.Get,
// Header.Values or Header[...] with a constant name, or a constant prefix
// and a run-time key number) through variables, base64 or hex decoding,
// trimming and the parameters of in-package functions. Only DocuSign's
// header counts: other services' webhooks (Stripe-Signature,
// X-Hub-Signature-256) have their own rules.
//
// DS801 reports the signature compared with ==, !=, bytes.Equal,
// bytes.EqualFold, strings.EqualFold, strings.Compare or bytes.Compare
// against a value that is not a constant (sig == "" tests presence): these
// stop at the first differing byte, a timing oracle that lets a forged
// webhook through. The suggested fix uses hmac.Equal where crypto/hmac is
// imported.
//
// DS802 and DS803 judge the HMACs whose value is compared with the
// signature (in constant time or not), found back from the comparison
// through mac.Sum, encodings, variables and in-package helpers. DS802
// reports hmac.New with a named hash other than sha256.New, and data written
// to the MAC that is the output of json.Marshal or xml.Marshal (a
// re-encoding of the decoded message, never DocuSign's bytes). DS803
// reports a constant reaching hmac.New's key (a literal, a constant, a
// package variable never reassigned, a helper's parameter bound to a
// constant at a call site); messages give only the key's length, and
// placeholders are skipped like client secrets (DS203).
//
// DS804 reports an HTTP handler (a function or method with the signature
// func(http.ResponseWriter, *http.Request), or a function literal) that
// decodes a Connect message (json/xml Unmarshal or Decoder.Decode into
// esign.ConnectData, a struct whose XMLName is DocuSignEnvelopeInformation,
// or a JSON event with "event" and "data" whose data has "envelopeId"),
// itself or through in-package helpers, and in which nothing computes or
// compares an HMAC or reads the signature header. It is reported only where
// every use of the handler is a registration dslint can follow to the
// server: http.HandleFunc or Handle on the default mux (which the package
// never names, so does not wrap), or a local ServeMux only registered on
// and handed to http.ListenAndServe or an http.Server, possibly through
// http.HandlerFunc and in-package middleware that does not verify
// (middleware that does makes the handler verified). It is silent where
// verification may live out of sight: a handler passed to another
// package's function (a router, a middleware) or stored, a mux that is
// wrapped or comes from elsewhere, a handler that hands the request to
// another package, and ServeHTTP methods, whose registration goes through
// an interface value. A handler factory, a function whose one result is an
// http.HandlerFunc, an http.Handler or a func(http.ResponseWriter,
// *http.Request) and that returns only function literals (converted to
// http.HandlerFunc or not) that decode and never verify, stands for its
// closures: its calls are the handler, followed to their registrations like
// a handler's uses. An exported handler function or factory that decodes
// and never verifies gets an UnverifiedHandler fact, so another package
// registering it (or the factory's result) on a mux it serves as it is gets
// DS804 at the registration; a mux that
// is only registered on and returned by an exported function gets a
// ServesUnverified fact, and DS804 is reported at a call of that function
// whose caller serves the mux as it is (a router package and main).
package connect

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer connect" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
