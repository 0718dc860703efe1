// Package legacyauth defines an Analyzer that TODO.
//
// # Analyzer legacyauth
//
// legacyauth: TODO
package legacyauth
