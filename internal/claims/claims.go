// Package claims knows where Go JWT libraries set registered claims: which
// struct field, map key, builder method or setter means "aud", "exp" and so
// on, for golang-jwt (v4, v5), dgrijalva/jwt-go, lestrrat-go/jwx (v2, v3),
// go-jose (v3, v4, square v2) and golang.org/x/oauth2/jwt. The library
// shapes are rows in tables: adding a library is adding rows.
package claims

import (
	"go/ast"
	"go/types"

	"github.com/dslint/dslint/internal/match"
)

// Registered claim names.
const (
	Aud   = "aud"
	Exp   = "exp"
	Nbf   = "nbf"
	Iat   = "iat"
	Sub   = "sub"
	Iss   = "iss"
	Jti   = "jti"
	Scope = "scope"
)

// Site is one place where a claim is set.
type Site struct {
	Claim string
	Value ast.Expr // the value assigned to the claim
	Node  ast.Node // the narrowest node to report on (field key, map key, method name)
	Owner string   // the library type that holds the claim (match.TypeName form)
}

var (
	registered = map[string]string{"Issuer": Iss, "Subject": Sub, "Audience": Aud, "ExpiresAt": Exp, "NotBefore": Nbf, "IssuedAt": Iat, "ID": Jti}
	standard   = map[string]string{"Issuer": Iss, "Subject": Sub, "Audience": Aud, "ExpiresAt": Exp, "NotBefore": Nbf, "IssuedAt": Iat, "Id": Jti}
	jose       = map[string]string{"Issuer": Iss, "Subject": Sub, "Audience": Aud, "Expiry": Exp, "NotBefore": Nbf, "IssuedAt": Iat, "ID": Jti}
)

// StructFields maps claim-holding struct types to their claim fields.
// golang.org/x/oauth2/jwt.Config is included: Email is sent as iss,
// Subject as sub, Audience as aud (TokenURL when empty) and Scopes as scope;
// Expires is a duration from now, the assertion's exp.
var StructFields = map[string]map[string]string{
	"github.com/golang-jwt/jwt/v5.RegisteredClaims": registered,
	"github.com/golang-jwt/jwt/v4.RegisteredClaims": registered,
	"github.com/golang-jwt/jwt/v4.StandardClaims":   standard,
	"github.com/golang-jwt/jwt.StandardClaims":      standard,
	"github.com/dgrijalva/jwt-go.StandardClaims":    standard,
	"github.com/go-jose/go-jose/v4/jwt.Claims":      jose,
	"github.com/go-jose/go-jose/v3/jwt.Claims":      jose,
	"gopkg.in/square/go-jose.v2/jwt.Claims":         jose,
	"gopkg.in/go-jose/go-jose.v2/jwt.Claims":        jose,
	"golang.org/x/oauth2/jwt.Config":                {"Email": Iss, "Subject": Sub, "Audience": Aud, "Scopes": Scope, "Expires": Exp},
}

// MapTypes are the libraries' map claim types. Plain map[string]any
// literals with claim keys are recognised too (see Sites).
var MapTypes = []string{
	"github.com/golang-jwt/jwt/v5.MapClaims",
	"github.com/golang-jwt/jwt/v4.MapClaims",
	"github.com/golang-jwt/jwt.MapClaims",
	"github.com/dgrijalva/jwt-go.MapClaims",
}

// builderMethods maps jwx Builder methods to the claim they set; Claim(name,
// value) takes the name from its first argument.
var builderMethods = map[string]string{"Audience": Aud, "Expiration": Exp, "NotBefore": Nbf, "IssuedAt": Iat, "Subject": Sub, "Issuer": Iss, "JwtID": Jti, "Claim": ""}

// BuilderTypes are the jwx token builders.
var BuilderTypes = []string{
	"github.com/lestrrat-go/jwx/v2/jwt.Builder",
	"github.com/lestrrat-go/jwx/v3/jwt.Builder",
	"github.com/lestrrat-go/jwx/jwt.Builder",
}

// TokenTypes are the jwx token interfaces whose Set(name, value) sets a claim.
var TokenTypes = []string{
	"github.com/lestrrat-go/jwx/v2/jwt.Token",
	"github.com/lestrrat-go/jwx/v3/jwt.Token",
	"github.com/lestrrat-go/jwx/jwt.Token",
}

// Sites returns the claims set by n: a struct or map composite literal, an
// assignment to a claim field or map key, or a jwx builder/Set call. Claims
// whose name is not constant are skipped.
func Sites(info *types.Info, n ast.Node) []Site {
	switch n := n.(type) {
	case *ast.CompositeLit:
		return litSites(info, n)
	case *ast.AssignStmt:
		var out []Site
		if len(n.Lhs) != len(n.Rhs) {
			return nil
		}
		for i, lhs := range n.Lhs {
			if s, ok := LHSClaim(info, lhs); ok {
				s.Value = n.Rhs[i]
				out = append(out, s)
			}
		}
		return out
	case *ast.CallExpr:
		if s, ok := callSite(info, n); ok {
			return []Site{s}
		}
	}
	return nil
}

func litSites(info *types.Info, lit *ast.CompositeLit) []Site {
	typ := match.TypeOf(info, lit)
	if typ == nil {
		return nil
	}
	if IsCustomClaims(typ) {
		return customSites(info, lit, typ)
	}
	if fields, ok := StructFields[match.TypeName(typ)]; ok {
		var out []Site
		sfs, _, _ := match.StructLit(info, lit)
		for _, f := range sfs {
			if c, ok := fields[f.Var.Name()]; ok {
				var node ast.Node = f.Elt
				if f.Key != nil {
					node = f.Key
				}
				out = append(out, Site{Claim: c, Value: f.Value, Node: node, Owner: match.TypeName(typ)})
			}
		}
		return out
	}
	if !IsClaimsMap(typ) {
		return nil
	}
	var out []Site
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if k, ok := match.String(info, kv.Key); ok {
			out = append(out, Site{Claim: k, Value: kv.Value, Node: kv.Key, Owner: match.TypeName(typ)})
		}
	}
	return out
}

// IsClaimsMap reports whether t is a library MapClaims type or a
// map[string]any / map[string]interface{}.
func IsClaimsMap(t types.Type) bool {
	if match.IsType(t, MapTypes...) {
		return true
	}
	m, ok := t.Underlying().(*types.Map)
	if !ok {
		return false
	}
	k, ok := m.Key().Underlying().(*types.Basic)
	if !ok || k.Kind() != types.String {
		return false
	}
	i, ok := m.Elem().Underlying().(*types.Interface)
	return ok && i.Empty()
}

// LHSClaim recognises an assignment target that sets a claim:
// claims["exp"] on a claims map, or c.ExpiresAt on a claims struct
// (including fields promoted from an embedded RegisteredClaims).
func LHSClaim(info *types.Info, lhs ast.Expr) (Site, bool) {
	switch lhs := ast.Unparen(lhs).(type) {
	case *ast.IndexExpr:
		if !IsClaimsMap(match.TypeOf(info, lhs.X)) {
			return Site{}, false
		}
		if k, ok := match.String(info, lhs.Index); ok {
			return Site{Claim: k, Node: lhs.Index, Owner: match.TypeName(match.TypeOf(info, lhs.X))}, true
		}
	case *ast.SelectorExpr:
		owner := match.FieldOwner(info, lhs)
		if fields, ok := StructFields[owner]; ok {
			if c, ok := fields[lhs.Sel.Name]; ok {
				return Site{Claim: c, Node: lhs.Sel, Owner: owner}, true
			}
		}
		if c, ok := taggedClaim(info, lhs); ok {
			return Site{Claim: c, Node: lhs.Sel, Owner: owner}, true
		}
	}
	return Site{}, false
}

func callSite(info *types.Info, call *ast.CallExpr) (Site, bool) {
	fn := match.Callee(info, call)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if fn == nil || !ok {
		return Site{}, false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return Site{}, false
	}
	recv := sig.Recv().Type()
	switch {
	case match.IsType(recv, BuilderTypes...):
		c, ok := builderMethods[fn.Name()]
		if !ok {
			return Site{}, false
		}
		if c != "" {
			if len(call.Args) != 1 {
				return Site{}, false
			}
			return Site{Claim: c, Value: call.Args[0], Node: sel.Sel, Owner: match.TypeName(recv)}, true
		}
	case match.IsType(recv, TokenTypes...) && fn.Name() == "Set":
	default:
		return Site{}, false
	}
	if len(call.Args) != 2 {
		return Site{}, false
	}
	name, ok := match.String(info, call.Args[0])
	if !ok {
		return Site{}, false
	}
	return Site{Claim: name, Value: call.Args[1], Node: call.Args[0], Owner: match.TypeName(recv)}, true
}
