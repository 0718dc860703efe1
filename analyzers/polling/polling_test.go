package polling_test

import (
	"testing"

	"github.com/dslint/dslint/analyzers/polling"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

func TestPolling(t *testing.T) {
	testutil.Run(t, polling.New(&config.Config{}), "polling/esign", "polling/rest", "polling/wrap", "polling/wrapuse", "polling/restwrap", "polling/restuse")
}
