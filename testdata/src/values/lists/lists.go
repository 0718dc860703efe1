// Package lists: the ListFacts of exported string lists.
package lists

import "strings"

// Scope constants.
const (
	Signature     = "signature"
	Impersonation = "impersonation"
	Extended      = "extended"
)

// JWT is a complete JWT scope list.
var JWT = []string{Signature, Impersonation} // want JWT:`list\[signature impersonation\]`

// NoImpersonation lacks impersonation.
var NoImpersonation = []string{Signature} // want NoImpersonation:`list\[signature\]`

// WithExtended asks for extended.
var WithExtended = append(JWT, Extended) // want WithExtended:`list\[signature impersonation extended\]`

// Mutable is written below: its value is not known elsewhere.
var Mutable = []string{Signature, Impersonation}

// SetMutable replaces Mutable.
func SetMutable(s []string) { Mutable = s }

// Unknown has an element the package does not know.
var Unknown = []string{Signature, unknown()}

func unknown() string { return strings.ToLower(Extended) }

// private is not exported.
var private = []string{Signature}

var _ = private
