package claims

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/dslint/dslint/internal/match"
)

// Names are the claim names a custom claims struct may carry in its json
// tags, e.g. Scope string with the tag json:"scope".
var Names = map[string]bool{Aud: true, Exp: true, Nbf: true, Iat: true, Sub: true, Iss: true, Jti: true, Scope: true}

// IsCustomClaims reports whether t is an application's claims struct: a
// struct (not itself a library type) that embeds a library claims struct
// such as jwt.RegisteredClaims, directly or through a pointer.
func IsCustomClaims(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := StructFields[match.TypeName(t)]; ok {
		return false
	}
	st := match.StructOf(t)
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() && IsLibraryClaims(f.Type()) {
			return true
		}
	}
	return false
}

// IsLibraryClaims reports whether t (or *t) is a library claims struct
// (golang-jwt RegisteredClaims/StandardClaims, go-jose Claims); the
// x/oauth2/jwt Config is not a claim set.
func IsLibraryClaims(t types.Type) bool {
	n := match.TypeName(t)
	_, ok := StructFields[n]
	return ok && n != "golang.org/x/oauth2/jwt.Config"
}

// customSites returns the claims set by a custom claims struct literal:
// those of its embedded library claims literal and its json-tagged fields.
func customSites(info *types.Info, lit *ast.CompositeLit, typ types.Type) []Site {
	var out []Site
	sfs, _, _ := match.StructLit(info, lit)
	owner := match.TypeName(typ)
	st := match.StructOf(typ)
	for _, f := range sfs {
		if f.Var.Embedded() {
			if inner, ok := match.Unaddr(f.Value).(*ast.CompositeLit); ok {
				out = append(out, litSites(info, inner)...)
			}
			continue
		}
		c := tagClaim(st, f.Var)
		if c == "" {
			continue
		}
		var node ast.Node = f.Elt
		if f.Key != nil {
			node = f.Key
		}
		out = append(out, Site{Claim: c, Value: f.Value, Node: node, Owner: owner})
	}
	return out
}

// Opaque reports whether a claims struct literal takes claims from a value
// whose writes are not visible in it: an embedded library claims field set
// from a helper call or a variable (Claims{RegisteredClaims: std(now)}).
// Such a literal may carry any claim, so none can be called missing.
func Opaque(info *types.Info, lit *ast.CompositeLit) bool {
	sfs, _, _ := match.StructLit(info, lit)
	for _, f := range sfs {
		if !f.Var.Embedded() || !IsLibraryClaims(f.Var.Type()) {
			continue
		}
		if inner, ok := match.Unaddr(f.Value).(*ast.CompositeLit); !ok || Opaque(info, inner) {
			return true
		}
	}
	return false
}

// taggedClaim recognises c.Scope on a custom claims struct whose field is
// tagged `json:"scope"`.
func taggedClaim(info *types.Info, sel *ast.SelectorExpr) (string, bool) {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 || !IsCustomClaims(s.Recv()) {
		return "", false
	}
	v, _ := s.Obj().(*types.Var)
	c := tagClaim(match.StructOf(s.Recv()), v)
	return c, c != ""
}

// tagClaim returns the claim named by field v's json tag in st, or "".
func tagClaim(st *types.Struct, v *types.Var) string {
	if st == nil || v == nil {
		return ""
	}
	for i := range st.NumFields() {
		if st.Field(i) != v {
			continue
		}
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if Names[name] {
			return name
		}
	}
	return ""
}

// TagCarries reports whether values of the struct type t can carry claim
// in their JSON form: a field of t is tagged with its name. Meant for the
// types TaggedSites accepts, whose JSON form is determined by their tags.
func TagCarries(t types.Type, claim string) bool {
	st := match.StructOf(t)
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		if tagClaim(st, st.Field(i)) == claim {
			return true
		}
	}
	return false
}

// TaggedSites returns the claims a plain struct literal carries in its
// json-tagged fields (go-jose's Builder.Claims accepts any struct). ok is
// false when the literal is not a struct, or its JSON form is not
// determined by its tags alone (a MarshalJSON method or embedded fields).
func TaggedSites(info *types.Info, lit *ast.CompositeLit) (sites []Site, ok bool) {
	typ := match.TypeOf(info, lit)
	st := match.StructOf(typ)
	if st == nil {
		return nil, false
	}
	if obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, "MarshalJSON"); obj != nil {
		return nil, false
	}
	for i := range st.NumFields() {
		if st.Field(i).Embedded() {
			return nil, false
		}
	}
	sfs, _, _ := match.StructLit(info, lit)
	for _, f := range sfs {
		if c := tagClaim(st, f.Var); c != "" {
			var node ast.Node = f.Elt
			if f.Key != nil {
				node = f.Key
			}
			sites = append(sites, Site{Claim: c, Value: f.Value, Node: node, Owner: match.TypeName(typ)})
		}
	}
	return sites, true
}
