package legacyauth_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/legacyauth"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestLegacyAuth(t *testing.T) {
	testdata := testutil.TestData(t)
	analysistest.Run(t, testdata, legacyauth.New(&config.Config{}),
		"legacyauth/header", "legacyauth/legacypkg", "legacyauth/clean", "legacyauth/otheridp")
}
