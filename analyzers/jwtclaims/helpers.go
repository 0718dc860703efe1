package jwtclaims

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// libraryFunc reports whether fn is a standard-library or JWT/OAuth-library
// function (knowledge.AuthLibraries): those never set claims behind the
// caller's back. Calls of function values and of the application's own
// functions (helpers that may set exp) are not.
func (f *function) libraryFunc(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == f.pass.Pkg {
		return false
	}
	if fn.Pkg() == nil {
		return true // builtin or error.Error
	}
	path := match.PkgPath(fn.Pkg())
	first, _, _ := strings.Cut(path, "/")
	if !strings.Contains(first, ".") {
		return true
	}
	for _, p := range knowledge.AuthLibraries {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// isVar reports whether e is the variable obj itself.
func (f *function) isVar(e ast.Expr, obj *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && f.info.ObjectOf(id) == obj
}

// rootIs reports whether e is obj or a selection/index/dereference of it
// (c.RegisteredClaims.ExpiresAt, claims["exp"], *c).
func (f *function) rootIs(e ast.Expr, obj *types.Var) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return f.info.ObjectOf(x) == obj
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return false
		}
	}
}

// selects reports whether e selects the struct field v (x.cfg for the field cfg).
func (f *function) selects(e ast.Expr, v *types.Var) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && v.IsField() && f.info.Uses[sel.Sel] == v
}

// mentions reports whether obj occurs anywhere in e.
func (f *function) mentions(e ast.Expr, obj *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && f.info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// claimsType reports whether t is a claim set that can be complete: a
// library claims map or struct, a custom struct embedding one, or a jwx
// token or builder.
func claimsType(t types.Type) bool {
	if t == nil {
		return false
	}
	return claims.IsClaimsMap(t) || claims.IsLibraryClaims(t) || claims.IsCustomClaims(t) ||
		match.IsType(t, claims.TokenTypes...) || match.IsType(t, claims.BuilderTypes...)
}

// constKeys reports whether every key of a map literal is constant.
func constKeys(info *types.Info, lit *ast.CompositeLit) bool {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if _, ok := match.String(info, kv.Key); !ok {
			return false
		}
	}
	return true
}

// handRolled reports whether t can hold a hand-rolled claim set: a
// map[string]any or a struct that is not a library type.
func handRolled(t types.Type) bool {
	if t == nil {
		return false
	}
	if claims.IsClaimsMap(t) {
		return !match.IsType(t, claims.MapTypes...)
	}
	_, isStruct := t.Underlying().(*types.Struct)
	return isStruct && match.TypeName(t) != "" && !claimsType(t)
}

// assertionLike reports whether a claim set looks like a JWT assertion: it
// is held by a JWT library type, or its claims are shaped like one
// (claims.AssertionShaped).
func assertionLike(s *claimSet) bool {
	return s.library || claims.AssertionShaped(s.sites)
}
