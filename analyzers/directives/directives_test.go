package directives_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/directives"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestDirectives(t *testing.T) {
	testdata := testutil.TestData(t)
	analysistest.Run(t, testdata, directives.New(&config.Config{}), "directives/a")
}
