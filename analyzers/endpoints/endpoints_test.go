package endpoints_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/endpoints"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestEndpoints(t *testing.T) {
	analysistest.Run(t, testutil.TestData(t), endpoints.New(&config.Config{}),
		"endpoints/hosts", "endpoints/datacenter", "endpoints/switched", "endpoints/mixes", "endpoints/redirect",
		"endpoints/demoflag", "endpoints/constdef", "endpoints/constuse", "endpoints/policy")
}

func TestAudienceFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testutil.TestData(t), endpoints.New(&config.Config{}), "endpoints/aud")
}
