package connect_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dslint/dslint/analyzers/connect"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

// TestConnect checks the fixtures' want comments and fixes, then that no
// DS803 message shows eight characters of a key written in the fixtures.
func TestConnect(t *testing.T) {
	t.Parallel()
	testdata := testutil.TestData(t)
	results := testutil.RunWithSuggestedFixes(t, connect.New(&config.Config{}), "connect/...")
	src, err := os.ReadFile(filepath.Join(testdata, "src", "connect", "key", "key.go"))
	if err != nil {
		t.Fatal(err)
	}
	keys := regexp.MustCompile(`"([A-Za-z0-9]{24,})"`).FindAllStringSubmatch(string(src), -1)
	if len(keys) < 5 {
		t.Fatalf("found only %d keys in key.go", len(keys))
	}
	n := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			if d.Category != "DS803" {
				continue
			}
			n++
			for _, k := range keys {
				for i := 0; i+8 <= len(k[1]); i++ {
					if strings.Contains(d.Message, k[1][i:i+8]) {
						t.Errorf("DS803 message shows part of a key: %s", d.Message)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no DS803 diagnostics to check")
	}
}
