// Package jwtclaims defines an Analyzer that TODO.
//
// # Analyzer jwtclaims
//
// jwtclaims: TODO
package jwtclaims
