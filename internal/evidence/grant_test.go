package evidence

import (
	"testing"

	"github.com/dslint/dslint/internal/docusign"
)

func TestGrants(t *testing.T) {
	for _, tc := range []struct {
		consts []string
		token  docusign.Grant
	}{
		{[]string{"urn:ietf:params:oauth:grant-type:jwt-bearer"}, docusign.GrantJWT},
		{[]string{"grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion="}, docusign.GrantJWT},
		{[]string{"authorization_code"}, docusign.GrantCode},
		{[]string{"grant_type=authorization_code&code="}, docusign.GrantCode},
		{[]string{"urn:ietf:params:oauth:grant-type:jwt-bearer", "authorization_code"}, docusign.GrantUnknown},
		{[]string{"urn:ietf:params:oauth:grant-type:jwt-bearer", "invalid authorization_code"}, docusign.GrantJWT},
		{[]string{"jwt-bearer"}, docusign.GrantUnknown},
		{nil, docusign.GrantUnknown},
	} {
		var g Grants
		for _, s := range tc.consts {
			g.Add(s)
		}
		if got := g.Token(); got != tc.token {
			t.Errorf("Token() after %q = %v, want %v", tc.consts, got, tc.token)
		}
	}
	imp := []string{"signature", "impersonation"}
	for _, tc := range []struct {
		g      Grants
		rt     string
		scopes []string
		want   docusign.Grant
	}{
		{Grants{}, "token", imp, docusign.GrantImplicit},
		{Grants{}, "code", imp, docusign.GrantConsent},
		{Grants{Code: true}, "code", imp, docusign.GrantCode},
		{Grants{Code: true, JWT: true}, "code", imp, docusign.GrantConsent},  // the JWT grant's consent URL
		{Grants{Code: true, JWT: true}, "code", imp[:1], docusign.GrantCode}, // no impersonation: the code grant's
		{Grants{Code: true}, "id_token", imp, docusign.GrantUnknown},
	} {
		if got := tc.g.Authorization(tc.rt, tc.scopes); got != tc.want {
			t.Errorf("%+v.Authorization(%q, %q) = %v, want %v", tc.g, tc.rt, tc.scopes, got, tc.want)
		}
	}
}
