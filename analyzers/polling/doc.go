// Package polling defines an Analyzer that finds DocuSign envelope status
// polled more often than DocuSign's API rules allow.
//
// # Analyzer polling
//
// polling: find DocuSign envelope status polled more often than once every
// 15 minutes (the Go Live review rejects excessive polling)
//
// For example:
//
//	for range time.Tick(30 * time.Second) { // DS701: every 30s
//		env, err := envelopes.New(cred).Get(envelopeID).Do(ctx)
//
// DS701 reports an envelope status request (github.com/jfcote87/esign v2 and
// v2.1 envelopes Get, ListStatusChanges, ListStatus and RecipientsList, or a
// raw net/http GET of .../restapi/v2.1/accounts/{id}/envelopes[/{id}] or, in
// a package that names DocuSign, of /v2.1/accounts/... after an unknown base
// (a path relative to the REST base, which ends in /restapi), also when a
// function of the package sends it with the method and path its parameters
// give, c.do(ctx, http.MethodGet, path); or a call of a function that makes
// one such request per call, in the package or in another one: a StatusFunc
// fact) in a
// loop paced by a known interval below 15 minutes: time.Sleep, a receive
// from time.After, time.Tick, a time.Ticker or a time.Timer that is Reset,
// a select over them, or a range over a ticker's channel. The interval is a
// constant, a local or unexported variable or field with known values, or a
// backoff that starts below 15 minutes and only grows. DocuSign allows one status
// request per envelope every 15 minutes, and the Go Live review rejects
// "excessive polling"; Connect webhooks replace it. A loop whose pace is not
// known (a configured interval, a delay under a condition), a loop over
// different envelopes (each fetched once), and create or update requests
// are not reported.
package polling

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer polling" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
