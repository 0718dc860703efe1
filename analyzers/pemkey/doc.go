// Package pemkey defines an Analyzer that TODO.
//
// # Analyzer pemkey
//
// pemkey: TODO
package pemkey
