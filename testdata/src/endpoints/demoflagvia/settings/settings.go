// Package settings is an application's configuration package that names
// esign's JWT configuration under its own name.
package settings

import "github.com/jfcote87/esign"

// JWT is the application's name for esign's JWT configuration.
type JWT = esign.JWTConfig

// Flags is a look-alike of the application's own with an IsDemo field.
type Flags struct{ IsDemo bool }
