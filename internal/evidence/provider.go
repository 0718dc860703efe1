package evidence

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// OtherProvider reports whether lit, a literal of one of knowledge.OAuthConfigs, is
// demonstrably another provider's: its TokenURL or AuthURL (directly or in
// an Endpoint literal) are constants at hosts other than DocuSign's, or its
// Endpoint is one of x/oauth2's provider variables (google.Endpoint,
// endpoints.Dropbox). A DocuSign URL anywhere, or URLs from configuration,
// leave it DocuSign's as far as anyone can tell.
func OtherProvider(info *types.Info, lit *ast.CompositeLit) bool {
	if !match.IsType(match.TypeOf(info, lit), knowledge.OAuthConfigs...) {
		return false
	}
	if kv, ok := match.LitField(info, lit, "Endpoint"); ok {
		v := ast.Unparen(kv.Value)
		if sel, ok := v.(*ast.SelectorExpr); ok {
			obj, ok := info.Uses[sel.Sel].(*types.Var)
			return ok && obj.Pkg() != nil && strings.HasPrefix(obj.Pkg().Path(), "golang.org/x/oauth2/")
		}
		ep, ok := v.(*ast.CompositeLit)
		return ok && foreignURLs(info, ep)
	}
	return foreignURLs(info, lit)
}

// foreignURLs reports whether lit has a TokenURL or AuthURL and every one it
// has is a constant naming a host that is not DocuSign's.
func foreignURLs(info *types.Info, lit *ast.CompositeLit) bool {
	n := 0
	for _, name := range []string{"TokenURL", "AuthURL"} {
		kv, ok := match.LitField(info, lit, name)
		if !ok {
			continue
		}
		s, ok := match.String(info, kv.Value)
		if !ok || !docusign.OtherHost(s) {
			return false
		}
		n++
	}
	return n > 0
}
