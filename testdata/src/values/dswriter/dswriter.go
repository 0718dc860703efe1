package dswriter // want package:`writes\[values/dsconfig.DocuSign.UF0 values/dsconfig.DocuSign.UF2\]`

// dswriter writes a field of dsconfig: its WritesFact.

import (
	"os"

	"values/dsconfig"
)

// FromEnv overrides the token URL.
func FromEnv(c *dsconfig.Config) { c.DocuSign.TokenURL = os.Getenv("TOKEN_URL") }

// Settings is a type of this package whose fields are dsconfig's: the
// constant written below is no fact of this package's (facts belong to
// the package declaring the field).
type Settings dsconfig.DocuSign

// Live writes a constant to a field of Settings.
func Live() Settings { return Settings{Mode: "live"} }
