// Package parts declares the header names package imported joins: lists of
// another package are known through values.Analyzer's facts.
package parts

// Legacy is the legacy authentication header, in pieces.
var Legacy = []string{"X-DocuSign", "Authentication"}

// RequestID is DocuSign's request ID header, in pieces.
var RequestID = []string{"X-DocuSign", "Request", "Id"}
