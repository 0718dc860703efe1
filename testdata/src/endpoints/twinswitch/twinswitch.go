// Package twinswitch picks one of twindef's servers from configuration: a
// switch, not reported.
package twinswitch

import (
	"os"

	"endpoints/twindef"
)

func AuthServer() string {
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		return twindef.ProdAuth
	}
	return twindef.DemoAuth
}
