// Package endpoints defines an Analyzer that TODO.
//
// # Analyzer endpoints
//
// endpoints: TODO
package endpoints
