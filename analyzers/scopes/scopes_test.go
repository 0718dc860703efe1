package scopes_test

import (
	"testing"

	"github.com/dslint/dslint/analyzers/scopes"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

// TestScopes runs every grant shape: x/oauth2/jwt (fixes checked against
// jwtconfig.go.golden), x/oauth2 code grant vs consent config, esign JWT
// credential and consent URL, esign code grant, hand-built consent and
// implicit URLs, a hand-built URL whose code is exchanged, JWT scope claims
// (claimset.go.golden), scopes declared in one package and used in another,
// Google OAuth next to DocuSign (never reported), and lists built with
// append onto a base list.
func TestScopes(t *testing.T) {
	testutil.RunWithSuggestedFixes(t, scopes.New(&config.Config{}),
		"scopes/jwtconfig", "scopes/codegrant", "scopes/esignjwt", "scopes/esigncode", "scopes/consenturl",
		"scopes/urlexchange", "scopes/claimset", "scopes/scopedefs", "scopes/scopeuse", "scopes/google",
		"scopes/forms", "scopes/jfcote", "scopes/customclaims", "scopes/plain", "scopes/jwtnoscopes", "scopes/jwtscopesset",
		"scopes/codeuse", "scopes/bothflows", "scopes/twourls", "scopes/twoimp", "scopes/computedurl", "scopes/taggedclaims", "scopes/noscope", "scopes/appended", "scopes/piecedurl", "scopes/listdefs", "scopes/listuse", "scopes/endpointvar", "scopes/onemapclaim")
}

// TestResolvedConfigs checks a jwt.Config whose token URL is a field of
// the application's config type preset in another package (known through
// the dsvalues facts), with its twins read from the environment and preset
// to another provider.
func TestResolvedConfigs(t *testing.T) {
	testutil.Run(t, scopes.New(&config.Config{}), "scopes/appscopes")
}

// TestOptionLists checks scope lists held in a struct field built by
// functional options and passed sliced (options), with twins: a
// space-separated element, a slice of the valid elements, another
// provider's grant and a helper shared with it (optionstwin).
func TestOptionLists(t *testing.T) {
	testutil.Run(t, scopes.New(&config.Config{}), "scopes/options", "scopes/optionstwin")
}
