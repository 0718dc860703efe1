package scopes

import (
	"go/ast"

	"github.com/dslint/dslint/internal/evidence"
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
	if a := evidence.URL(c.info, c.resolve(e)); a != evidence.Unattributed {
		return relOf(a)
	}
	if a := evidence.Resolved(c.vals().String(e)); a != evidence.Unattributed {
		return relOf(a) // a value from the application's config or a helper
	}
	return rel
}

// configRel decides the relation of an OAuth or JWT config literal from its
// endpoints (evidence.Config).
func (c *checker) configRel(lit *ast.CompositeLit) relation {
	return relOf(evidence.Config(c.info, lit, c.resolve, c.vals))
}

// relOf turns an attribution into a relation.
func relOf(a evidence.Attribution) relation {
	switch a {
	case evidence.DocuSigns:
		return relExplicit
	case evidence.OtherProviders:
		return relNone
	}
	return relPackage
}
