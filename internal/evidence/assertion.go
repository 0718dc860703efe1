package evidence

import (
	"go/ast"
	"slices"
	"strings"
	"unicode"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
)

// Assertion attributes a JWT claim set from its own claims: the one "is this
// a DocuSign JWT assertion?" test of jwtclaims and endpoints (DS106).
// strs returns the strings a claim's value may be (as the caller resolves
// values), each unknown part written as docusign.UnknownPart; hmac says the
// set is signed with a shared secret.
//
// DocuSigns: an aud naming a DocuSign host (before any unknown part), an
// iss naming one (unless the set is HMAC-signed), or a scope asking for
// impersonation (also in a list joined with commas, which DocuSign rejects
// but which still asks for it). OtherProviders (the application's own
// token, such as a session JWT issued after a DocuSign login): an HMAC
// signature (DocuSign takes RS256 only), a known aud of another audience,
// or a known iss that is not an integration key. Unattributed otherwise:
// the function around the set decides.
func Assertion(sites []claims.Site, strs func(ast.Expr) []string, hmac bool) Attribution {
	foreign := hmac
	for _, site := range sites {
		switch site.Claim {
		case claims.Aud, claims.Iss:
			for _, v := range strs(site.Value) {
				known, _, partial := strings.Cut(v, docusign.UnknownPart)
				if docusign.MaybeMentions(known) && len(docusign.FindHosts(known)) > 0 && (site.Claim == claims.Aud || !hmac) {
					return DocuSigns
				}
				if !partial {
					foreign = foreign || site.Claim == claims.Aud || ownIssuer(v)
				}
			}
		case claims.Scope:
			for _, v := range strs(site.Value) {
				if slices.Contains(scopeNames(v), docusign.ScopeImpersonation) {
					return DocuSigns
				}
			}
		}
	}
	if foreign {
		return OtherProviders
	}
	return Unattributed
}

// scopeNames splits a scope claim at spaces and commas; a name touching an
// unknown part is not one.
func scopeNames(v string) []string {
	return strings.FieldsFunc(v, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
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
