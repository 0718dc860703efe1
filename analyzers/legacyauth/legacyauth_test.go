package legacyauth_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/legacyauth"
	"github.com/dslint/dslint/internal/config"
)

func TestLegacyAuth(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, legacyauth.New(&config.Config{}),
		"legacyauth/header", "legacyauth/legacypkg", "legacyauth/clean")
}
