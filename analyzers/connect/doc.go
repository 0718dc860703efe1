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
package connect
