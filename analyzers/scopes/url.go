package scopes

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
)

// Hand-built authorization URLs: the scope parameter of a constant URL or
// query string.

// constURL checks the scope parameter of a constant URL or query string:
// implicit-grant URLs, authorization URLs whose code is exchanged, and
// consent URLs.
func (c *checker) constURL(e ast.Expr) {
	s, ok := match.String(c.info, e)
	if !ok || !strings.Contains(s, "scope=") {
		return
	}
	scope, rt, ok := ParamScope(s)
	if !ok {
		return
	}
	foreign := false
	if k := c.scopeConst(e); k != nil {
		if k.Pkg() == c.pass.Pkg {
			return // checked where the constant is declared
		}
		foreign = true
	}
	// Without a host (a query appended to a configured auth server) the
	// package must be about DocuSign and the scopes DocuSign's.
	host, _ := AuthPath(s)
	u := &use{anchor: e, url: true, complete: true, rel: relPackage}
	switch {
	case host != "" && docusign.IsDocuSignDomain(host):
		u.rel = relExplicit
	case host != "":
		return // another provider
	}
	switch rt {
	case "token":
		u.grant, u.what = implicitGrant, "implicit-grant URL (response_type=token)"
	case "code":
		u.grant, u.what = consentGrant, "authorization URL (response_type=code)"
		if c.handExchanged(scope) {
			u.grant, u.what, u.hand = codeGrant, "authorization URL whose code is exchanged (grant_type=authorization_code)", true
		}
	default:
		return
	}
	el := elem{value: scope, expr: e, foreign: foreign}
	u.elems = []elem{el}
	if el.foreign && u.grant != codeGrant && u.grant != implicitGrant {
		return // reported where the constant is declared
	}
	c.check(u)
}

// scopeConst returns the named constant within a constant expression that
// already carries the scope parameter, or nil.
func (c *checker) scopeConst(e ast.Expr) *types.Const {
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if k := c.scopeConst(x.X); k != nil {
			return k
		}
		return c.scopeConst(x.Y)
	case *ast.Ident, *ast.SelectorExpr:
		if k := match.ConstObject(c.info, x); k != nil {
			if s, ok := match.String(c.info, x); ok && strings.Contains(s, "scope=") {
				return k
			}
		}
	}
	return nil
}

// handExchanged reports whether the code of a hand-built authorization URL
// requesting scope is exchanged in the package: a grant_type=
// authorization_code request is sent, and the package runs no JWT grant
// whose consent URL this could be (an impersonation URL next to a JWT grant
// is its consent URL).
func (c *checker) handExchanged(scope string) bool {
	if !c.authCode {
		return false
	}
	names, _ := Split(scope)
	return !c.jwtSeen || !slices.Contains(names, docusign.ScopeImpersonation)
}
