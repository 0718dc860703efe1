package connect_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/connect"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestConnect(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testutil.TestData(t), connect.New(&config.Config{}), "connect/...")
}
