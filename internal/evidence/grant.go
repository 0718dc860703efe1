package evidence

import (
	"slices"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
)

// Grants are the grants a package runs by hand, read from the constants it
// writes: the one grant classifier scopes and tokenexpiry share.
type Grants struct {
	JWT  bool // a JWT bearer grant: its grant type URN (or a JWT grant config, which callers add)
	Code bool // an authorization code token request: grant_type=authorization_code
}

// Add records the grant types the constant string s names: the JWT bearer
// grant type (urn:ietf:params:oauth:grant-type:jwt-bearer, alone or in a
// form body) and the authorization code grant type (the value
// authorization_code, or grant_type=authorization_code in a form body). A
// string that merely mentions authorization_code (an error message) names
// none.
func (g *Grants) Add(s string) {
	g.JWT = g.JWT || strings.Contains(s, docusign.JWTBearerGrantType)
	g.Code = g.Code || s == codeGrantType || strings.Contains(s, "grant_type="+codeGrantType)
}

// codeGrantType is the grant_type of the authorization code token request.
const codeGrantType = "authorization_code"

// Token returns the grant of the tokens the package obtains by hand: the
// one grant type it names, else GrantUnknown.
func (g Grants) Token() docusign.Grant {
	switch {
	case g.JWT && !g.Code:
		return docusign.GrantJWT
	case g.Code && !g.JWT:
		return docusign.GrantCode
	}
	return docusign.GrantUnknown
}

// Authorization returns the grant of a hand-built authorization request
// (a URL or query) with response type rt asking for scopes: the implicit
// grant for token; for code, the authorization code grant when the package
// sends the code's token request itself, unless the request asks for
// impersonation in a package that also runs the JWT grant (then it is the
// JWT grant's consent URL), else a consent request; GrantUnknown for any
// other response type.
func (g Grants) Authorization(rt string, scopes []string) docusign.Grant {
	switch rt {
	case "token":
		return docusign.GrantImplicit
	case "code":
		if g.Code && (!g.JWT || !slices.Contains(scopes, docusign.ScopeImpersonation)) {
			return docusign.GrantCode
		}
		return docusign.GrantConsent
	}
	return docusign.GrantUnknown
}
