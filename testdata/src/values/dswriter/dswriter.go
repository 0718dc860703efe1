package dswriter // want package:`writes\[values/dsconfig.DocuSign.UF0\]`

// dswriter writes a field of dsconfig: its WritesFact.

import (
	"os"

	"values/dsconfig"
)

// FromEnv overrides the token URL.
func FromEnv(c *dsconfig.Config) { c.DocuSign.TokenURL = os.Getenv("TOKEN_URL") }
