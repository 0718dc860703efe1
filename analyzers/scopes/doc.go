// Package scopes defines an Analyzer that TODO.
//
// # Analyzer scopes
//
// scopes: TODO
package scopes
