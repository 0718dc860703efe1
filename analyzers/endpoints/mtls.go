package endpoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/timeexpr"
)

const mtlsMsg = "client certificate configured for %s: DocuSign does not support mutual TLS, so the certificate authenticates nothing; authenticate with the OAuth token and remove it"

// maxCarry bounds how many values (client, transport, TLS config) the
// search for a client certificate goes through.
const maxCarry = 6

// mtls finds client certificates (crypto/tls.Config.Certificates,
// GetClientCertificate) on the transport of an *http.Client that sends
// requests to DocuSign (DS108), one function at a time.
type mtls struct {
	info   *types.Info
	r      *report.Reporter
	inits  map[*types.Var]ast.Expr
	decls  map[*types.Func]*ast.FuncDecl // the package's functions, to follow constructors
	scope                                // the function being read
	scopes map[*ast.FuncDecl]scope
	done   map[token.Pos]bool
}

// scope is what certs reads of one function: its definitions and
// assignments.
type scope struct {
	defs    *timeexpr.Defs
	assigns []*ast.AssignStmt
}

// scopeOf indexes the body of a function declaration.
func (m *mtls) scopeOf(fd *ast.FuncDecl) scope {
	if sc, ok := m.scopes[fd]; ok {
		return sc
	}
	sc := scope{defs: timeexpr.NewDefs(m.info, fd.Body)}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			sc.assigns = append(sc.assigns, as)
		}
		return true
	})
	m.scopes[fd] = sc
	return sc
}

// checkMTLS reports DS108 where a client with a client certificate sends a
// request to a DocuSign host (a URL whose constant parts name one), is
// given to esign (HTTPClientFunc, SetClientFunc), or is put in the context
// of x/oauth2 calls in a function that names a DocuSign host.
func checkMTLS(pass *analysis.Pass, insp *inspector.Inspector, r *report.Reporter) {
	if !r.Enabled("DS108") || !match.ImportsAny(pass.Pkg, "crypto/tls") {
		return
	}
	m := &mtls{info: pass.TypesInfo, r: r, inits: match.PackageInits(pass.TypesInfo, pass.Files),
		decls: map[*types.Func]*ast.FuncDecl{}, scopes: map[*ast.FuncDecl]scope{}, done: map[token.Pos]bool{}}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					m.decls[fn] = fd
				}
			}
		}
	}
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		fd := cur.Node().(*ast.FuncDecl)
		if fd.Body != nil {
			m.function(cur, fd)
		}
	}
}

func (m *mtls) function(cur inspector.Cursor, fd *ast.FuncDecl) {
	body := fd.Body
	m.scope = m.scopeOf(fd)
	for _, as := range m.assigns { // cfg.HTTPClientFunc = ...
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if ok && len(as.Lhs) == len(as.Rhs) && slices.Contains(docusign.ClientFuncFields, match.FieldOwner(m.info, sel)+"."+sel.Sel.Name) {
				m.report(m.clientFuncCerts(as.Rhs[i]), "esign's requests to DocuSign")
			}
		}
	}
	var docusignFn *bool
	for n := range cur.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)) {
		switch n := n.Node().(type) {
		case *ast.CallExpr:
			name := match.CalleeName(m.info, n)
			switch {
			case slices.Contains(match.ClientSends, name):
				sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
				if !ok || len(n.Args) == 0 {
					continue
				}
				if certs := m.certs(sel.X, 0); len(certs) > 0 {
					if host := m.requestHost(name, n); host != "" {
						m.report(certs, "requests to "+host)
					}
				}
			case name == "context.WithValue" && len(n.Args) == 3 && m.isHTTPClientKey(n.Args[1]):
				if certs := m.certs(n.Args[2], 0); len(certs) > 0 {
					if docusignFn == nil {
						ds := evidence.Mentions(m.info, body)
						docusignFn = &ds
					}
					if *docusignFn {
						m.report(certs, "the OAuth requests to DocuSign")
					}
				}
			default:
				if i, ok := docusign.ClientFuncArgs[name]; ok && i < len(n.Args) {
					m.report(m.clientFuncCerts(n.Args[i]), "esign's requests to DocuSign")
				}
			}
		case *ast.CompositeLit:
			fields, typ, ok := match.StructLit(m.info, n)
			if !ok {
				continue
			}
			for _, f := range fields {
				if slices.Contains(docusign.ClientFuncFields, f.Name(typ)) {
					m.report(m.clientFuncCerts(f.Value), "esign's requests to DocuSign")
				}
			}
		}
	}
}

func (m *mtls) report(certs []ast.Node, what string) {
	for _, c := range certs {
		if !m.done[c.Pos()] {
			m.done[c.Pos()] = true
			m.r.Reportf("DS108", c, mtlsMsg, what)
		}
	}
}

// requestHost returns the DocuSign host a client call sends its request
// to, or "": the constant parts of the URL argument (of Get, Post, ...) or
// of the http.NewRequest that made Do's request.
func (m *mtls) requestHost(name string, call *ast.CallExpr) string {
	url := ast.Expr(nil)
	if i, ok := match.RequestURLArgs[name]; ok && i < len(call.Args) {
		url = call.Args[i]
	} else if req := m.definingCall(call.Args[0]); req != nil {
		if i, ok := match.RequestURLArgs[match.CalleeName(m.info, req)]; ok && i < len(req.Args) && strings.HasPrefix(match.CalleeName(m.info, req), "net/http.NewRequest") {
			url = req.Args[i]
		}
	}
	if url == nil {
		return ""
	}
	var known strings.Builder
	for _, p := range match.Pieces(m.info, url, m.resolve) {
		if p.Known {
			known.WriteString(p.Text)
		} else {
			known.WriteString(docusign.UnknownPart)
		}
	}
	if hosts := docusign.FindHosts(known.String()); len(hosts) > 0 {
		return hosts[0].Host.Name
	}
	return ""
}

// definingCall returns the call that gives the variable e its only value,
// also as the first of several results (req, err := http.NewRequest(...)),
// or nil.
func (m *mtls) definingCall(e ast.Expr) *ast.CallExpr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v := m.info.ObjectOf(id)
	var out *ast.CallExpr
	n := 0
	for _, as := range m.assigns {
		for _, lhs := range as.Lhs {
			if l, ok := lhs.(*ast.Ident); ok && m.info.ObjectOf(l) == v {
				n++
				if call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok && len(as.Rhs) == 1 && lhs == as.Lhs[0] {
					out = call
				}
			}
		}
	}
	if n != 1 {
		return nil
	}
	return out
}

// isHTTPClientKey reports whether e is x/oauth2's HTTPClient context key.
func (m *mtls) isHTTPClientKey(e ast.Expr) bool {
	v := match.PackageVar(m.info, e)
	return v != nil && slices.Contains(match.HTTPClientKeys, match.PkgPath(v.Pkg())+"."+v.Name())
}

// clientFuncCerts returns the client certificates of the clients a
// ctxclient.Func literal returns: func(ctx) (*http.Client, error) { return c, nil }.
func (m *mtls) clientFuncCerts(e ast.Expr) []ast.Node {
	e = m.resolve(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := m.info.Types[call.Fun]; ok && tv.IsType() {
			e = m.resolve(call.Args[0]) // ctxclient.Func(f)
		}
	}
	lit, ok := e.(*ast.FuncLit)
	if !ok {
		return nil
	}
	var out []ast.Node
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				out = append(out, m.certs(n.Results[0], 0)...)
			}
		}
		return true
	})
	return out
}

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
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				out = append(out, m.certs(n.Results[0], depth+1)...)
			}
		}
		return true
	})
	return out
}

// fieldCerts returns the client certificates a field set to value adds:
// the field itself for tls.Config's certificate fields (unless set to
// nil or an empty list), else those of the TLS config or transport it
// holds.
func (m *mtls) fieldCerts(field string, key ast.Node, value ast.Expr, depth int) []ast.Node {
	switch {
	case slices.Contains(match.ClientCertFields, field):
		if isNil(m.info, value) || isEmptyLit(value) {
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

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[ast.Unparen(e)]
	return ok && tv.IsNil()
}

func isEmptyLit(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}
