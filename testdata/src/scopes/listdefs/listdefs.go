// Package listdefs declares scope lists used in listuse.
package listdefs

// Scope constants.
const (
	Signature     = "signature"
	Impersonation = "impersonation"
	Extended      = "extended"
)

// JWT is a complete JWT scope list.
var JWT = []string{Signature, Impersonation}

// NoImpersonation lacks impersonation.
var NoImpersonation = []string{Signature}

// WithExtended asks for extended.
var WithExtended = append(JWT, Extended)

// Mutable is written below: its value is not known elsewhere.
var Mutable = []string{Signature, Impersonation}

// SetMutable replaces Mutable.
func SetMutable(s []string) { Mutable = s }
