package scopes

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// relation says how a scope use is known to be about DocuSign.
type relation int

const (
	relPackage  relation = iota // only if the package is and the scopes look like DocuSign's
	relExplicit                 // a DocuSign host or library at the use
	relNone                     // another provider's endpoint
)

// aboutDocuSign reports whether a use is DocuSign's: explicitly, or in a
// DocuSign package with a DocuSign-specific scope (or near miss) in it.
func (c *checker) aboutDocuSign(u *use, names []name) bool {
	switch u.rel {
	case relExplicit:
		return true
	case relNone:
		return false
	}
	if !c.evidence {
		return false
	}
	for _, n := range names {
		if docuSignSpecific(n.name) {
			return true
		}
	}
	return false
}

// constRel refines rel by the host a constant expression names.
func (c *checker) constRel(e ast.Expr, rel relation) relation {
	s, ok := match.String(c.info, c.resolve(e))
	if !ok {
		return rel
	}
	if len(evidence.ConstExpr(c.info, c.resolve(e))) > 0 {
		return relExplicit
	}
	if docusign.OtherHost(s) {
		return relNone
	}
	return rel
}

// fieldsRel decides the relation from the named string fields of a config
// literal (TokenURL, Audience, AuthURL).
func (c *checker) fieldsRel(lit *ast.CompositeLit, names ...string) relation {
	rel := relPackage
	for _, n := range names {
		if f, ok := match.LitField(c.info, lit, n); ok {
			switch c.constRel(f.Value, relPackage) {
			case relExplicit:
				return relExplicit
			case relNone:
				rel = relNone
			}
		}
	}
	return rel
}

// endpointRel decides the relation from an oauth2.Config's Endpoint field:
// a literal's URLs, or another provider's endpoint variable
// (google.Endpoint, github.Endpoint).
func (c *checker) endpointRel(lit *ast.CompositeLit, field string) relation {
	f, ok := match.LitField(c.info, lit, field)
	if !ok {
		return relPackage
	}
	v := c.resolve(f.Value)
	if ep, ok := ast.Unparen(v).(*ast.CompositeLit); ok {
		return c.fieldsRel(ep, "AuthURL", "TokenURL")
	}
	if sel, ok := ast.Unparen(v).(*ast.SelectorExpr); ok {
		if obj, ok := c.info.Uses[sel.Sel].(*types.Var); ok && obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg &&
			!strings.HasPrefix(match.PkgPath(obj.Pkg()), knowledge.EsignPkg) {
			return relNone
		}
	}
	return relPackage
}
