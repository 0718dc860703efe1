package endpoints_test

import (
	"testing"

	"github.com/dslint/dslint/analyzers/endpoints"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

// TestIDs checks the user and account ID rules (DS106, DS107) and DS108 with their
// negative twins: the integration key, IDs from configuration, tests.
func TestIDs(t *testing.T) {
	testutil.Run(t, endpoints.New(&config.Config{}), "endpoints/userid", "endpoints/assertionclaims", "endpoints/accountid", "endpoints/relpath", "endpoints/relpathother", "endpoints/mtls", "endpoints/mtlsresolved", "endpoints/mtlsfacts")
}
