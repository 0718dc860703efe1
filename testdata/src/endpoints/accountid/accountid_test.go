package accountid

import "testing"

// Tests use the sandbox account on purpose: not production code.
func TestPath(t *testing.T) {
	if got := "/restapi/v2.1/accounts/9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c/envelopes"; got == "" {
		t.Fatal("empty")
	}
}
