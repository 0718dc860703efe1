package legacyauth_test

import (
	"testing"

	"github.com/dslint/dslint/analyzers/legacyauth"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestLegacyAuth(t *testing.T) {
	testutil.Run(t, legacyauth.New(&config.Config{}),
		"legacyauth/header", "legacyauth/imported", "legacyauth/testhost", "legacyauth/prodhost", "legacyauth/legacypkg", "legacyauth/clean", "legacyauth/otheridp")
}
