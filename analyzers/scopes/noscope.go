package scopes

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/match"
)

// A JWT assertion for DocuSign with no scope claim at all asks for no
// scope, so it lacks impersonation like one that asks for "signature"
// only. It can be called missing only where every write to the claim set
// is seen: a literal handed to the signing call as it stands
// (jwt.NewWithClaims(m, jwt.MapClaims{...}), json.Marshal of a hand-rolled
// claims map), or held in a local variable whose only use is that hand-over.

// recordSigned records the claim set a signing call takes: a literal, or a
// variable counted as one use by the call (see claimVar).
func (c *checker) recordSigned(call *ast.CallExpr) {
	var arg ast.Expr
	switch {
	case match.IsCallTo(c.info, call, claims.NewWithClaims...) && len(call.Args) == 2:
		arg = call.Args[1]
	case match.IsCallTo(c.info, call, claims.Marshal...) && len(call.Args) == 1:
		arg = call.Args[0]
	default:
		return
	}
	switch a := match.Unaddr(arg).(type) {
	case *ast.CompositeLit:
		c.signedLits[a] = true
	case *ast.Ident:
		if v, ok := c.info.Uses[a].(*types.Var); ok && c.claimVars[v] {
			c.signedUses[v]++
		}
	}
}

// recordClaimVar records a local variable defined by a composite literal
// (x := jwt.MapClaims{...}), whose uses are then counted.
func (c *checker) recordClaimVar(id *ast.Ident, rhs ast.Expr) {
	v, ok := c.info.Defs[id].(*types.Var)
	lit, isLit := match.Unaddr(rhs).(*ast.CompositeLit)
	if ok && isLit && v.Parent() != nil && v.Parent() != v.Pkg().Scope() {
		c.claimVars[v], c.litVars[lit] = true, v
	}
}

// signedAsIs reports whether lit reaches a signing call with no write to it
// on the way.
func (c *checker) signedAsIs(lit *ast.CompositeLit) bool {
	if c.signedLits[lit] {
		return true
	}
	v := c.litVars[lit]
	return v != nil && c.signedUses[v] > 0 && c.signedUses[v] == c.varUses[v]
}

// scopeless reports DS403 on a DocuSign assertion literal with no scope
// claim, signed as it stands. sites are the claims the literal sets.
func (c *checker) scopeless(lit *ast.CompositeLit, sites []claims.Site) {
	if len(sites) == 0 || !c.r.Enabled("DS403") || !c.signedAsIs(lit) {
		return
	}
	typ := match.TypeOf(c.info, lit)
	if st := match.StructOf(typ); st != nil && (claims.Opaque(c.info, lit) || marshals(typ) || mayNameScope(st, map[*types.Struct]bool{})) {
		return
	}
	registered, docuSign := 0, false
	for _, s := range sites {
		switch s.Claim {
		case claims.Scope:
			return
		case claims.Aud:
			docuSign = c.docuSignAud(s.Value)
		case claims.Iss, claims.Sub, claims.Iat, claims.Exp:
			registered++
		}
	}
	if !docuSign || registered == 0 {
		return
	}
	c.r.Reportf("DS403", match.LitAnchor(lit), "DocuSign JWT assertion has no scope claim (consent_required)")
}

// docuSignAud reports whether an aud value names a DocuSign host: a
// constant, or a literal list of them (jwt.ClaimStrings{...}).
func (c *checker) docuSignAud(e ast.Expr) bool {
	e = c.resolve(e)
	if lit, ok := match.Unaddr(e).(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if c.docuSignAud(elt) {
				return true
			}
		}
		return false
	}
	return len(evidence.ConstExpr(c.info, e)) > 0
}

// marshals reports whether t has its own JSON encoding, which may add any
// claim.
func marshals(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "MarshalJSON")
	return obj != nil
}

// mayNameScope reports whether a claims struct has a field that may carry
// the scope under another spelling (Scope with no json tag, json:"scp",
// "scopes"): whether DocuSign reads it is not ours to guess. A field tagged
// exactly json:"scope" is a claim site, and an unset one is missing.
func mayNameScope(st *types.Struct, seen map[*types.Struct]bool) bool {
	if seen[st] {
		return false
	}
	seen[st] = true
	for i := range st.NumFields() {
		f := st.Field(i)
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if name == claims.Scope {
			continue
		}
		for _, n := range []string{strings.ToLower(f.Name()), strings.ToLower(name)} {
			if strings.Contains(n, "scope") || n == "scp" {
				return true
			}
		}
		if inner := match.StructOf(f.Type()); f.Embedded() && inner != nil && mayNameScope(inner, seen) {
			return true
		}
	}
	return false
}
