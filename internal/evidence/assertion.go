package evidence

import (
	"go/ast"
	"strings"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
)

// Assertion attributes a JWT claim set from its own claims: the one "is this
// a DocuSign JWT assertion?" test of jwtclaims and endpoints (DS106).
// strs returns the constant strings a claim's value may be (as the caller
// resolves values); hmac says the set is signed with a shared secret.
//
// DocuSigns: an aud naming a DocuSign host, an iss naming one (unless the
// set is HMAC-signed), or a scope asking for impersonation. OtherProviders
// (the application's own token, such as a session JWT issued after a
// DocuSign login): an HMAC signature (DocuSign takes RS256 only), a
// constant aud of another audience, or a constant iss that is not an
// integration key. Unattributed otherwise: the function around the set
// decides.
func Assertion(sites []claims.Site, strs func(ast.Expr) []string, hmac bool) Attribution {
	foreign := hmac
	for _, site := range sites {
		switch site.Claim {
		case claims.Aud, claims.Iss:
			for _, v := range strs(site.Value) {
				if docusign.MaybeMentions(v) && len(docusign.FindHosts(v)) > 0 && (site.Claim == claims.Aud || !hmac) {
					return DocuSigns
				}
				foreign = foreign || site.Claim == claims.Aud || ownIssuer(v)
			}
		case claims.Scope:
			for _, v := range strs(site.Value) {
				for _, sc := range strings.Fields(v) {
					if sc == docusign.ScopeImpersonation {
						return DocuSigns
					}
				}
			}
		}
	}
	if foreign {
		return OtherProviders
	}
	return Unattributed
}

// issuerPlaceholders mark an iss constant as a stand-in for the integration
// key ("YOUR_INTEGRATION_KEY", "<client id>"), not an issuer of its own.
var issuerPlaceholders = []string{"your", "key", "integrat", "client", "placeholder", "<", "{", "$", "%", "xxx"}

// ownIssuer reports whether a constant iss names the application itself
// ("dashboard", "https://auth.example.com"): a DocuSign assertion's iss is
// the integration key, a GUID, or a placeholder for it.
func ownIssuer(s string) bool {
	if docusign.IsGUID(s) || strings.TrimSpace(s) == "" {
		return false
	}
	l := strings.ToLower(s)
	for _, w := range issuerPlaceholders {
		if strings.Contains(l, w) {
			return false
		}
	}
	return true
}
