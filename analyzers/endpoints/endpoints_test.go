package endpoints_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/endpoints"
	"github.com/dslint/dslint/internal/config"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestEndpoints(t *testing.T) {
	analysistest.Run(t, testdata(t), endpoints.New(&config.Config{}),
		"endpoints/hosts", "endpoints/datacenter", "endpoints/switched", "endpoints/mixes", "endpoints/redirect",
		"endpoints/demoflag", "endpoints/constdef", "endpoints/constuse", "endpoints/policy")
}

func TestAudienceFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), endpoints.New(&config.Config{}), "endpoints/aud")
}
