package evidence

import (
	"go/ast"
	"testing"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
)

// TestAssertion attributes claim sets by the strings their values may be,
// unknown parts marked as a resolver gives them.
func TestAssertion(t *testing.T) {
	const hole = docusign.UnknownPart
	for _, tc := range []struct {
		name       string
		aud, scope string
		want       Attribution
	}{
		{"aud host", "account-d.docusign.com", "", DocuSigns},
		{"aud host then unknown path", "https://account.docusign.com/" + hole, "", DocuSigns},
		{"aud unknown host", "https://" + hole, "", Unattributed},
		{"aud host after unknown part", hole + "account.docusign.com", "", Unattributed},
		{"aud other", "dashboard.example.com", "", OtherProviders},
		{"scope impersonation", "", "signature impersonation", DocuSigns},
		{"scope joined with comma", "", "signature,impersonation", DocuSigns},
		{"scope touching unknown part", "", "signature " + hole + "impersonation", Unattributed},
		{"scope without impersonation", "", "signature,read", Unattributed},
	} {
		aud, scope := &ast.BasicLit{Value: tc.aud}, &ast.BasicLit{Value: tc.scope}
		var sites []claims.Site
		if tc.aud != "" {
			sites = append(sites, claims.Site{Claim: claims.Aud, Value: aud})
		}
		if tc.scope != "" {
			sites = append(sites, claims.Site{Claim: claims.Scope, Value: scope})
		}
		strs := func(e ast.Expr) []string { return []string{e.(*ast.BasicLit).Value} }
		if got := Assertion(sites, strs, false); got != tc.want {
			t.Errorf("%s: Assertion = %v, want %v", tc.name, got, tc.want)
		}
	}
}
