package docusign

import "testing"

func TestGrantExpiresAfter(t *testing.T) {
	for g, want := range map[Grant]string{
		GrantJWT:     "1 hour",
		GrantCode:    "8 hours",
		GrantUnknown: "1 or 8 hours",
	} {
		if got := g.ExpiresAfter(); got != want {
			t.Errorf("%v.ExpiresAfter() = %q, want %q", g, got, want)
		}
	}
	if GrantJWT.Merge(GrantCode) != GrantUnknown || GrantJWT.Merge(GrantJWT) != GrantJWT {
		t.Error("Merge must keep a grant only when both paths agree")
	}
}
