// Package testsopt is checked with -tests: the demo host in its test file
// is reported, and the message does not call the test production code.
package testsopt
