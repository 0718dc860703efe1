package scopes

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// visit finds the scope uses under n.
func (c *checker) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CompositeLit:
		typ := match.TypeOf(c.info, n)
		switch {
		case match.IsType(typ, knowledge.CodeConfigs...):
			c.codeConfigLit(n, typ)
		case match.IsType(typ, knowledge.JWTConfigs...):
			c.jwtConfigLit(n)
		case match.IsType(typ, knowledge.URLValues):
			c.valuesLit(n)
		default:
			sites := claims.Sites(c.info, n)
			if len(sites) == 0 {
				sites = taggedClaims(c.info, n)
			}
			c.claimSites(n, sites)
			c.scopeless(n, sites)
		}
	case *ast.AssignStmt:
		c.scopesAssign(n)
		c.claimSites(c.mapInit(n), claims.Sites(c.info, n))
	case *ast.CallExpr:
		c.libraryCall(n)
		c.valuesSet(n)
		c.claimSites(nil, claims.Sites(c.info, n))
		c.claimArgsOf(n)
	case ast.Expr:
		if tv, ok := c.info.Types[n]; ok && tv.Value != nil {
			c.constURL(n)
			return false
		}
		if bin, ok := n.(*ast.BinaryExpr); ok {
			c.concatURL(bin)
			c.piecedURL(bin)
		}
	}
	return true
}

// codeConfigLit checks the Scopes of an oauth2.Config literal.
func (c *checker) codeConfigLit(lit *ast.CompositeLit, typ types.Type) {
	f, ok := match.LitField(c.info, lit, "Scopes")
	if !ok {
		return
	}
	name := match.TypeName(typ)
	u := &use{grant: docusign.GrantUnknown, what: shortType(name), anchor: f.Key, rel: c.configRel(lit)}
	if c.isExchanged(c.holders[lit], name) {
		u.grant, u.what = docusign.GrantCode, u.what+" of a code grant"
	}
	u.elems, u.complete = c.list(f.Value)
	c.check(u)
}

// jwtConfigLit checks the Scopes of an x/oauth2/jwt (or jfcote87) Config.
func (c *checker) jwtConfigLit(lit *ast.CompositeLit) {
	what := shortType(match.TypeName(match.TypeOf(c.info, lit)))
	rel := c.configRel(lit)
	f, ok := match.LitField(c.info, lit, "Scopes")
	if !ok {
		if rel == relExplicit && !c.jwtScopesSet {
			anchor := match.LitAnchor(lit)
			c.report(analysis.Diagnostic{Pos: anchor.Pos(), End: anchor.End(), Category: "DS403",
				Message: what + " sets no Scopes (consent_required)"}, "")
		}
		return
	}
	u := &use{grant: docusign.GrantJWT, what: what, anchor: f.Key, rel: rel}
	u.elems, u.complete = c.list(f.Value)
	c.check(u)
}

// scopesAssign checks cfg.Scopes = ... on an OAuth or JWT config.
func (c *checker) scopesAssign(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Scopes" {
			continue
		}
		owner := match.FieldOwner(c.info, sel)
		u := &use{what: shortType(owner), anchor: sel.Sel, rel: relPackage}
		switch {
		case slices.Contains(knowledge.JWTConfigs, owner):
			u.grant = docusign.GrantJWT
		case slices.Contains(knowledge.CodeConfigs, owner):
			if c.isExchanged(c.rootObj(sel.X), owner) {
				u.grant, u.what = docusign.GrantCode, u.what+" of a code grant"
			}
		default:
			continue
		}
		u.elems, u.complete = c.list(as.Rhs[i])
		c.check(u)
	}
}

// libraryCall checks the scopes passed to esign's credential and URL
// builders.
func (c *checker) libraryCall(call *ast.CallExpr) {
	sc, ok := knowledge.ScopeCalls[match.CalleeName(c.info, call)]
	if !ok {
		return
	}
	first := sc.First
	u := &use{anchor: call.Fun, rel: relExplicit, what: sc.What}
	switch sc.Kind {
	case knowledge.ScopesJWTCredential:
		u.grant, u.addsImpersonation = docusign.GrantJWT, true
	case knowledge.ScopesConsentURL:
		u.grant = docusign.GrantConsent
	case knowledge.ScopesAuthURL:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && c.isExchanged(c.rootObj(sel.X), knowledge.EsignOAuth2Config) {
			u.grant, u.what = docusign.GrantCode, u.what+" of a code grant"
		}
	}
	if len(call.Args) <= first {
		return
	}
	if call.Ellipsis.IsValid() {
		u.elems, u.complete = c.list(call.Args[first])
	} else {
		u.elems, u.complete = c.args(call.Args[first:])
	}
	c.check(u)
}

// claimSites checks the scope claim of a JWT claim set. lit is the claims
// literal (nil for assignments and builder calls).
func (c *checker) claimSites(lit *ast.CompositeLit, sites []claims.Site) {
	for _, s := range sites {
		if s.Claim != claims.Scope || slices.Contains(knowledge.JWTConfigs, s.Owner) {
			continue
		}
		if s.Owner == "" && !c.claimArgs[lit] && !claims.AssertionShaped(append(sites, litSites(c, lit)...)) {
			continue // a plain map that is not a claim set
		}
		u := &use{grant: docusign.GrantJWT, what: "JWT scope claim", anchor: s.Node, rel: relPackage, str: true}
		for _, o := range sites {
			if o.Claim == claims.Aud {
				u.rel = c.constRel(o.Value, u.rel)
			}
		}
		u.elems, u.sep, u.complete = c.str(s.Value)
		c.check(u)
	}
}

// claimArgsOf records the plain map literals a call hands to a JWT
// library (visit sees the call before its arguments).
func (c *checker) claimArgsOf(call *ast.CallExpr) {
	fn := match.Callee(c.info, call)
	if fn == nil || fn.Pkg() == nil || !jwtLibrary(match.PkgPath(fn.Pkg())) {
		return
	}
	for _, a := range call.Args {
		if lit, ok := ast.Unparen(a).(*ast.CompositeLit); ok && claims.IsClaimsMap(match.TypeOf(c.info, lit)) {
			c.claimArgs[lit] = true
		}
	}
}

// jwtLibrary reports whether path is a package of a JWT library.
func jwtLibrary(path string) bool {
	for _, p := range knowledge.JWTLibraries {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// mapInit returns the literal that initialised the plain map assigned to
// by claims["scope"] = ..., so that its other claims can be seen; nil for
// anything else.
func (c *checker) mapInit(as *ast.AssignStmt) *ast.CompositeLit {
	for _, lhs := range as.Lhs {
		if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
			if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok {
				lit, _ := ast.Unparen(c.resolve(id)).(*ast.CompositeLit)
				return lit
			}
		}
	}
	return nil
}

// litSites returns the claims a map literal sets (none for nil).
func litSites(c *checker, lit *ast.CompositeLit) []claims.Site {
	if lit == nil {
		return nil
	}
	return claims.Sites(c.info, lit)
}

// taggedClaims returns the claims of a plain struct literal whose json tags
// name claims (a hand-rolled assertion's claim struct), when it sets at
// least two registered claims besides scope, like jwtclaims requires of
// hand-rolled assertions; nil for any other literal.
func taggedClaims(info *types.Info, lit *ast.CompositeLit) []claims.Site {
	sites, ok := claims.TaggedSites(info, lit)
	if !ok || !claims.AssertionShaped(sites) {
		return nil
	}
	return sites
}

// shortType turns "golang.org/x/oauth2/jwt.Config" into "jwt.Config".
func shortType(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		return name[i+1:]
	}
	return name
}
