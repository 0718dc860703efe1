package endpoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// How a client certificate reaches a client: through literals, variables,
// field assignments and constructors of the package.

// resolve follows a local variable to its single definition and a package
// variable never reassigned to its initializer.
func (m *mtls) resolve(e ast.Expr) ast.Expr {
	e = m.defs.Resolve(e)
	if v := match.PackageVar(m.info, e); v != nil {
		if init, ok := m.inits[v]; ok {
			return ast.Unparen(init)
		}
	}
	return e
}

// certs returns the client-certificate fields set on the value e: a
// crypto/tls.Config, an *http.Transport (its TLSClientConfig) or an
// *http.Client (its Transport), written as a literal, held in a variable
// defined by one, or set by later assignments to the variable's fields
// (tr.TLSClientConfig = cfg, c.Transport.(*http.Transport).TLSClientConfig.Certificates = certs).
func (m *mtls) certs(e ast.Expr, depth int) []ast.Node {
	if depth > maxCarry {
		return nil
	}
	var out []ast.Node
	if call, ok := m.resolve(e).(*ast.CallExpr); ok {
		out = append(out, m.constructed(call, depth)...)
	} else if call := m.definingCall(e); call != nil {
		out = append(out, m.constructed(call, depth)...) // c, err := newClient()
	}
	if lit, ok := match.Unaddr(m.resolve(e)).(*ast.CompositeLit); ok {
		fields, typ, _ := match.StructLit(m.info, lit)
		for _, f := range fields {
			out = append(out, m.fieldCerts(f.Name(typ), keyOf(f), f.Value, depth)...)
		}
	}
	base, ok := pathOf(m.info, e)
	if !ok {
		return out
	}
	for _, as := range m.assigns {
		if len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if p, ok := pathOf(m.info, sel.X); ok && p.within(base) {
				out = append(out, m.fieldCerts(match.FieldOwner(m.info, sel)+"."+sel.Sel.Name, sel.Sel, as.Rhs[i], depth)...)
			}
		}
	}
	return out
}

// carriers are the fields through which a client reaches its certificate.
var carriers = []string{"Transport", "TLSClientConfig"}

// path is a variable and the fields selected from it, seen through type
// assertions, dereferences and &: c.Transport.(*http.Transport) is c,
// Transport.
type path struct {
	v      *types.Var
	fields []string
}

// within reports whether p is base or base followed by carrier fields only
// (tr.TLSClientConfig is within tr).
func (p path) within(base path) bool {
	if p.v != base.v || len(p.fields) < len(base.fields) || !slices.Equal(p.fields[:len(base.fields)], base.fields) {
		return false
	}
	for _, f := range p.fields[len(base.fields):] {
		if !slices.Contains(carriers, f) {
			return false
		}
	}
	return true
}

// pathOf returns the path of e, or false when e is not a variable or a
// selection from one.
func pathOf(info *types.Info, e ast.Expr) (path, bool) {
	var fields []string
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if _, isPkg := info.Uses[identOf(x.X)].(*types.PkgName); isPkg {
				v, ok := info.Uses[x.Sel].(*types.Var)
				slices.Reverse(fields)
				return path{v, fields}, ok
			}
			fields = append(fields, x.Sel.Name)
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return path{}, false
			}
			e = x.X
		case *ast.Ident:
			v, ok := info.ObjectOf(x).(*types.Var)
			slices.Reverse(fields)
			return path{v, fields}, ok
		default:
			return path{}, false
		}
	}
}

// constructed returns the client certificates of what a function of the
// package returns as its first result (func newClient() *http.Client {
// return &http.Client{...} }), read in that function.
func (m *mtls) constructed(call *ast.CallExpr, depth int) []ast.Node {
	fd := m.decls[match.Callee(m.info, call)]
	if fd == nil {
		return nil
	}
	saved := m.scope
	m.scope = m.scopeOf(fd)
	defer func() { m.scope = saved }()
	var out []ast.Node
	for _, ret := range match.Returns(fd.Body) {
		if len(ret.Results) > 0 {
			out = append(out, m.certs(ret.Results[0], depth+1)...)
		}
	}
	return out
}

// fieldCerts returns the client certificates a field set to value adds:
// the field itself for tls.Config's certificate fields (unless set to
// nil or an empty list), else those of the TLS config or transport it
// holds.
func (m *mtls) fieldCerts(field string, key ast.Node, value ast.Expr, depth int) []ast.Node {
	switch {
	case slices.Contains(knowledge.ClientCertFields, field):
		if match.IsNil(m.info, value) || isEmptyLit(value) {
			return nil
		}
		return []ast.Node{key}
	case field == "net/http.Transport.TLSClientConfig", field == "net/http.Client.Transport":
		return m.certs(value, depth+1)
	}
	return nil
}

func keyOf(f match.Field) ast.Node {
	if f.Key != nil {
		return f.Key
	}
	return f.Elt
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

func isEmptyLit(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}
