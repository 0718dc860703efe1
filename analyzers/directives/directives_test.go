package directives_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/directives"
	"github.com/dslint/dslint/internal/config"
)

func TestDirectives(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, directives.New(&config.Config{}), "directives/a")
}
