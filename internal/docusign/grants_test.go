package docusign

import "testing"

func TestGrantLifetime(t *testing.T) {
	for g, want := range map[Grant]string{
		GrantJWT:     "DocuSign JWT access tokens expire after 1 hour",
		GrantCode:    "DocuSign authorization code access tokens expire after 8 hours",
		GrantUnknown: "DocuSign access tokens expire after 1 hour (JWT grant) or 8 hours (authorization code grant)",
	} {
		if got := g.Lifetime(); got != want {
			t.Errorf("%v.Lifetime() = %q, want %q", g, got, want)
		}
	}
	if GrantJWT.Merge(GrantCode) != GrantUnknown || GrantJWT.Merge(GrantJWT) != GrantJWT {
		t.Error("Merge must keep a grant only when both paths agree")
	}
}
