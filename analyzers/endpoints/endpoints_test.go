package endpoints_test

import (
	"testing"

	"github.com/dslint/dslint/analyzers/endpoints"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestEndpoints(t *testing.T) {
	testutil.Run(t, endpoints.New(&config.Config{}),
		"endpoints/hosts", "endpoints/datacenter", "endpoints/switched", "endpoints/mixes", "endpoints/redirect",
		"endpoints/demoflag", "endpoints/demoflagvia", "endpoints/envmany", "endpoints/constdef", "endpoints/constuse", "endpoints/policy", "endpoints/fileignore", "endpoints/messages", "endpoints/logonlyprod", "endpoints/otherprovider", "endpoints/placeholder", "endpoints/detect", "endpoints/envtable",
		"endpoints/twindef", "endpoints/twinuse", "endpoints/twinswitch", "endpoints/mixedprovider",
		"endpoints/envbranch", "endpoints/envtables", "endpoints/envsprintf", "endpoints/envparams", "endpoints/dcreturned", "endpoints/dcjoined", "endpoints/builturl", "endpoints/appredirect", "endpoints/audresolved", "endpoints/parsedhost",
		"endpoints/presets", "endpoints/presetsok", "endpoints/presetsdemo", "endpoints/presetsuse")
}

func TestAudienceFix(t *testing.T) {
	testutil.RunWithSuggestedFixes(t, endpoints.New(&config.Config{}), "endpoints/aud")
}

// TestTests checks that -tests opts _test.go files in, with a message that
// does not call them production code.
func TestTests(t *testing.T) {
	testutil.Run(t, endpoints.New(&config.Config{Tests: true}), "endpoints/testsopt")
}
