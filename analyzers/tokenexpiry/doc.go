// Package tokenexpiry defines an Analyzer that TODO.
//
// # Analyzer tokenexpiry
//
// tokenexpiry: TODO
package tokenexpiry
