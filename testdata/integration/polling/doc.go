// Package polling holds envelope status pollers for the polling analyzer
// (DS701), built on the real esign v2 and v2.1 envelopes services and
// net/http: short intervals next to their 15-minute, Connect-driven and
// one-shot twins.
package polling
