package endpoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/timeexpr"
	"github.com/dslint/dslint/internal/values"
)

const mtlsMsg = "client certificate for %s (DocuSign does not support mutual TLS)"

// maxCarry bounds how many values (client, transport, TLS config) the
// search for a client certificate goes through.
const maxCarry = 6

// mtls finds client certificates (crypto/tls.Config.Certificates,
// GetClientCertificate) on the transport of an *http.Client that sends
// requests to DocuSign (DS108), one function at a time.
type mtls struct {
	info   *types.Info
	r      *report.Reporter
	vals   func() *values.Resolver // the package's value resolver, built on first use
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
// request to a DocuSign host (a URL whose constant parts name one, or every
// value of which the resolver finds naming one before any unknown part:
// "https://" + dataCenter() + "/restapi/..." with a helper returning a
// DocuSign host, a config field preset to one), is
// given to esign (HTTPClientFunc, SetClientFunc), or is put in the context
// of x/oauth2 calls in a function that names a DocuSign host.
func checkMTLS(pass *analysis.Pass, insp *inspector.Inspector, vals func() *values.Resolver, r *report.Reporter) {
	if !r.Enabled("DS108") || !match.ImportsAny(pass.Pkg, "crypto/tls") {
		return
	}
	m := &mtls{info: pass.TypesInfo, r: r, vals: vals, inits: match.PackageInits(pass.TypesInfo, pass.Files),
		decls: match.FuncDecls(pass.TypesInfo, pass.Files), scopes: map[*ast.FuncDecl]scope{}, done: map[token.Pos]bool{}}
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
			if ok && len(as.Lhs) == len(as.Rhs) && slices.Contains(knowledge.ClientFuncFields, match.FieldOwner(m.info, sel)+"."+sel.Sel.Name) {
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
			case slices.Contains(knowledge.ClientSends, name):
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
				if i, ok := knowledge.ClientFuncArgs[name]; ok && i < len(n.Args) {
					m.report(m.clientFuncCerts(n.Args[i]), "esign's requests to DocuSign")
				}
			}
		case *ast.CompositeLit:
			fields, typ, ok := match.StructLit(m.info, n)
			if !ok {
				continue
			}
			for _, f := range fields {
				if slices.Contains(knowledge.ClientFuncFields, f.Name(typ)) {
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
// of the http.NewRequest that made Do's request, or failing that the
// values the resolver finds for it (evidence.ResolvedHosts).
func (m *mtls) requestHost(name string, call *ast.CallExpr) string {
	url := ast.Expr(nil)
	if i, ok := knowledge.RequestURLArgs[name]; ok && i < len(call.Args) {
		url = call.Args[i]
	} else if req := m.definingCall(call.Args[0]); req != nil {
		if i, ok := knowledge.RequestURLArgs[match.CalleeName(m.info, req)]; ok && i < len(req.Args) && slices.Contains(knowledge.RequestBuilders, match.CalleeName(m.info, req)) {
			url = req.Args[i]
		}
	}
	if url == nil {
		return ""
	}
	known, _ := match.Joined(match.Pieces(m.info, url, m.resolve), docusign.UnknownPart)
	if hosts := docusign.FindHosts(known); len(hosts) > 0 {
		return hosts[0].Host.Name
	}
	if hosts, ok := evidence.ResolvedHosts(m.vals().String(url)); ok {
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
	return v != nil && slices.Contains(knowledge.HTTPClientKeys, match.PkgPath(v.Pkg())+"."+v.Name())
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
	for _, ret := range match.Returns(lit.Body) {
		if len(ret.Results) > 0 {
			out = append(out, m.certs(ret.Results[0], 0)...)
		}
	}
	return out
}
