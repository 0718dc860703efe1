package polling_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/polling"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestPolling(t *testing.T) {
	testdata := testutil.TestData(t)
	analysistest.Run(t, testdata, polling.New(&config.Config{}), "polling/esign", "polling/rest")
}
