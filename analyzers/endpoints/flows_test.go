package endpoints

import "testing"

func TestAfterVerb(t *testing.T) {
	for _, tc := range []struct {
		format string
		n      int
		want   string
		ok     bool
	}{
		{"%s/restapi/v2.1/accounts/%s", 1, "/restapi/v2.1/accounts/", true},
		{"%s/restapi/v2.1/accounts/%s", 2, "", true},
		{"100%% %s/restapi", 1, "/restapi", true},
		{"%-10s|%d", 1, "|", true},
		{"%[2]s/restapi", 1, "", false},
		{"%s", 2, "", false},
		{"trailing %", 1, "", false},
	} {
		got, ok := afterVerb(tc.format, tc.n)
		if got != tc.want || ok != tc.ok {
			t.Errorf("afterVerb(%q, %d) = %q, %v; want %q, %v", tc.format, tc.n, got, ok, tc.want, tc.ok)
		}
	}
}
