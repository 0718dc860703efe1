package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/match"
)

// claimSet is what a signing call signs: every claim site that reaches it.
type claimSet struct {
	sites []claims.Site
	// complete is true when every write to the claims was seen: the claims
	// start at a literal or constructor in this function and never pass
	// through a function that is not a library one. Only then can a
	// missing claim be reported.
	complete bool
	anchor   ast.Node // where a missing claim is reported
	library  bool     // signed by a JWT library (not hand-rolled)
	hmac     bool     // signed with a shared secret (HS256...): not a DocuSign assertion
	// fixed is the type of a json-tagged struct literal that reaches no
	// signing call seen here (signed by the application's own helper): its
	// claims must show DocuSign themselves, and a claim the type has no
	// field for is missing whatever is done with the value.
	fixed types.Type
	seen  map[types.Object]bool
}

// last returns the last site (in source order) that sets the claim.
func (s *claimSet) last(claim string) (claims.Site, bool) {
	var out claims.Site
	found := false
	for _, site := range s.sites {
		if site.Claim == claim && (!found || site.Node.Pos() >= out.Node.Pos()) {
			out, found = site, true
		}
	}
	return out, found
}

// missing reports whether the set lacks claim: for a fixed literal, when
// its type has no field for it; else when no site sets it.
func (s *claimSet) missing(claim string) bool {
	if s.fixed != nil {
		return !claims.TagCarries(s.fixed, claim)
	}
	_, ok := s.last(claim)
	return !ok
}

func (s *claimSet) setAnchor(n ast.Node) {
	if s.anchor == nil {
		s.anchor = n
	}
}

// collect adds to s the claims that e (a claims literal, token, builder
// chain or a variable holding one) carries at position before.
func (f *function) collect(e ast.Expr, before token.Pos, s *claimSet) {
	e = match.Unaddr(e)
	info := f.info
	switch e := e.(type) {
	case *ast.CompositeLit:
		typ := match.TypeOf(info, e)
		if !claimsType(typ) {
			sites, ok := claims.TaggedSites(info, e)
			if ok {
				s.setAnchor(match.LitAnchor(e))
				f.consumed[e] = true
			}
			s.sites = append(s.sites, sites...)
			s.complete = s.complete && ok
			return
		}
		s.setAnchor(match.LitAnchor(e))
		s.sites = append(s.sites, claims.Sites(info, e)...)
		if claims.IsClaimsMap(typ) && !constKeys(info, e) || claims.Opaque(info, e) {
			s.complete = false // jwt.MapClaims{k: v}, Claims{RegisteredClaims: std()}
		}
		f.consumed[e] = true
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			f.collect(e.Args[0], before, s) // jwt.MapClaims(m)
			return
		}
		if match.IsCallTo(info, e, claims.TokenConstructors...) {
			s.setAnchor(e.Fun)
			return
		}
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		sites := claims.Sites(info, e)
		fn := match.Callee(info, e)
		isBuild := fn != nil && fn.Name() == "Build" && isRecv(fn, claims.BuilderTypes)
		if !ok || (len(sites) == 0 && !isBuild && !isBuilderClaim(info, e)) {
			s.complete = false
			return
		}
		s.sites = append(s.sites, sites...)
		f.collect(sel.X, before, s)
	case *ast.Ident:
		f.collectVar(e, before, s)
	default:
		s.complete = false
	}
}

// isBuilderClaim reports whether call is a jwx Builder.Claim with a name that
// is not constant: a claim we cannot name, but not a reason to give up.
func isBuilderClaim(info *types.Info, call *ast.CallExpr) bool {
	fn := match.Callee(info, call)
	return fn != nil && isRecv(fn, claims.BuilderTypes)
}

func isRecv(fn *types.Func, types_ []string) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && match.IsType(sig.Recv().Type(), types_...)
}

// collectVar follows a local claims variable: its definitions, the claims
// assigned to it (c["exp"] = ..., c.ExpiresAt = ..., tok.Set(...)) and the
// calls it is passed to before the signing call.
func (f *function) collectVar(id *ast.Ident, before token.Pos, s *claimSet) {
	obj, ok := f.info.Uses[id].(*types.Var)
	if !ok {
		s.complete = false
		return
	}
	if s.seen[obj] {
		return
	}
	s.seen[obj] = true
	if obj.Pos() < f.body.Pos() || obj.Pos() >= f.body.End() {
		s.complete = false // a parameter, package variable or captured variable
	}
	defs := 0
	ast.Inspect(f.body, func(n ast.Node) bool {
		if n == nil || n.Pos() >= before {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if f.isVar(lhs, obj) {
					defs++
					switch {
					case len(n.Lhs) == len(n.Rhs):
						f.collect(n.Rhs[i], before, s)
					case len(n.Rhs) == 1 && i == 0:
						f.collect(n.Rhs[0], before, s) // tok, err := b.Build()
					default:
						s.complete = false
					}
				} else if f.rootIs(lhs, obj) {
					f.assignInto(lhs, n, i, before, s)
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if f.info.Defs[name] != obj {
					continue
				}
				defs++
				if len(n.Values) == len(n.Names) {
					f.collect(n.Values[i], before, s)
				} else if len(n.Values) == 0 && claimsType(obj.Type()) {
					s.setAnchor(name)
				} else {
					s.complete = false
				}
			}
		case *ast.CallExpr:
			f.useInCall(n, obj, s)
		}
		return true
	})
	if defs == 0 {
		s.complete = false
	}
}

// assignInto records an assignment into the claims variable: a claim
// (c["exp"] = ..., c.ExpiresAt = ...), a whole embedded claims struct
// (c.RegisteredClaims = jwt.RegisteredClaims{...}), or a map key that is not
// constant, which could be any claim.
func (f *function) assignInto(lhs ast.Expr, as *ast.AssignStmt, i int, before token.Pos, s *claimSet) {
	if len(as.Lhs) != len(as.Rhs) {
		s.complete = false
		return
	}
	if site, ok := claims.LHSClaim(f.info, lhs); ok {
		site.Value = as.Rhs[i]
		s.sites = append(s.sites, site)
		return
	}
	if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && claims.IsClaimsMap(match.TypeOf(f.info, ix.X)) {
		s.complete = false // claims[k] = v
		return
	}
	if claimsType(match.TypeOf(f.info, lhs)) {
		f.collect(as.Rhs[i], before, s)
	}
}

// useInCall records what a call before signing does with the claims
// variable obj: a claim set through a builder or tok.Set, or an escape into
// a function that may set anything.
func (f *function) useInCall(call *ast.CallExpr, obj *types.Var, s *claimSet) {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && f.rootIs(sel.X, obj) {
		if sites := claims.Sites(f.info, call); len(sites) > 0 {
			s.sites = append(s.sites, sites...)
			return
		}
		fn := match.Callee(f.info, call)
		if !f.libraryFunc(fn) || fn.Name() == "Set" || fn.Name() == "Claim" {
			s.complete = false // a helper method, or tok.Set(k, v) with a name not constant
		}
		return
	}
	for _, a := range call.Args {
		if fn := match.Callee(f.info, call); f.mentions(a, obj) && (!f.libraryFunc(fn) || match.PkgPath(fn.Pkg()) == "maps") {
			s.complete = false
		}
	}
}
