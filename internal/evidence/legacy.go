package evidence

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/values"
)

// LegacyGrants finds requests to DocuSign's legacy password-grant endpoint
// (/oauth2/token under REST v2) and returns the constant string expressions
// that name it, outermost first found. Two shapes count:
//   - the endpoint at a DocuSign host, in a literal or a constant
//     concatenation (baseURL + "/oauth2/token");
//   - in a package that is about DocuSign (isDS, asked only when a password
//     grant is found), the host-less path
//     ("/oauth2/token", "%s/oauth2/token") in a function that also sets
//     grant_type=password: the base URL comes from configuration.
//
// vals, when not nil, returns the package's value resolver (built on first
// use): then a concatenation whose base is a variable or a function result
// that resolves to a DocuSign host counts too.
func LegacyGrants(info *types.Info, ins *inspector.Inspector, isDS func() bool, vals func() *values.Resolver) []inspector.Cursor {
	var out []inspector.Cursor
	seen := map[ast.Node]bool{}
	add := func(cur inspector.Cursor) {
		if !seen[cur.Node()] {
			seen[cur.Node()] = true
			out = append(out, cur)
		}
	}
	var grantFuncs []inspector.Cursor
	for cur := range ins.Root().Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING || !docusign.ContainsFold(lit.Value, "password") && !docusign.ContainsFold(lit.Value, "oauth2/token") {
			continue
		}
		if docusign.ContainsFold(lit.Value, "oauth2/token") {
			top := match.OutermostConst(info, cur)
			found := false
			if s, ok := match.String(info, top.Node().(ast.Expr)); ok {
				if atHost, _ := docusign.LegacyTokenEndpoint(s); atHost {
					add(top)
					found = true
				}
			}
			// The host from a value the resolver follows:
			// apiBase() + "/oauth2/token", host + path with host a
			// local variable.
			if whole := match.OutermostConcat(cur); !found && whole != top && vals != nil {
				for _, v := range vals().String(whole.Node().(ast.Expr)) {
					if atHost, _ := docusign.LegacyTokenEndpoint(v.Pattern()); atHost {
						add(whole)
						break
					}
				}
			}
		}
		if isPasswordGrant(info, cur) {
			for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				grantFuncs = append(grantFuncs, fn) // the innermost function
				break
			}
		}
	}
	if len(grantFuncs) == 0 || !isDS() {
		return out
	}
	for _, fn := range grantFuncs {
		for cur := range fn.Preorder((*ast.BasicLit)(nil), (*ast.Ident)(nil)) {
			if !mayNameEndpoint(info, cur.Node()) {
				continue
			}
			top := match.OutermostConst(info, cur)
			if s, ok := match.String(info, top.Node().(ast.Expr)); ok {
				if atHost, hostless := docusign.LegacyTokenEndpoint(s); atHost || hostless {
					add(top)
				}
			}
		}
	}
	return out
}

// mayNameEndpoint is the cheap filter before constant folding: a string
// literal or a named string constant that mentions oauth2/token.
func mayNameEndpoint(info *types.Info, n ast.Node) bool {
	switch n := n.(type) {
	case *ast.BasicLit:
		return n.Kind == token.STRING && docusign.ContainsFold(n.Value, "oauth2/token")
	case *ast.Ident:
		c, ok := info.Uses[n].(*types.Const)
		return ok && docusign.ContainsFold(c.Val().ExactString(), "oauth2/token")
	}
	return false
}

// isPasswordGrant reports whether the string literal at cur sets grant_type
// to password: "grant_type=password" in a form body, "password" as the
// grant_type of a url.Values or map literal, of Set/Add("grant_type", ...),
// or of an assignment to form["grant_type"].
func isPasswordGrant(info *types.Info, cur inspector.Cursor) bool {
	v, ok := match.String(info, cur.Node().(ast.Expr))
	if !ok {
		return false
	}
	if docusign.ContainsFold(v, "grant_type=password") {
		return true
	}
	if !strings.EqualFold(v, "password") {
		return false
	}
	if cur.ParentEdgeKind() == edge.CompositeLit_Elts {
		cur = cur.Parent() // url.Values{"grant_type": {"password"}}
	}
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.KeyValueExpr:
		return cur.ParentEdgeKind() == edge.KeyValueExpr_Value && isGrantType(info, p.Key)
	case *ast.CallExpr:
		return cur.ParentEdgeKind() == edge.CallExpr_Args && cur.ParentEdgeIndex() == 1 && isGrantType(info, p.Args[0])
	case *ast.AssignStmt:
		i := cur.ParentEdgeIndex()
		if cur.ParentEdgeKind() != edge.AssignStmt_Rhs || len(p.Lhs) != len(p.Rhs) {
			return false
		}
		ix, ok := p.Lhs[i].(*ast.IndexExpr)
		return ok && isGrantType(info, ix.Index)
	}
	return false
}

func isGrantType(info *types.Info, e ast.Expr) bool {
	s, ok := match.String(info, e)
	return ok && s == "grant_type"
}

// LegacyHeaderPossible reports cheaply whether a header name computed in
// the package (a variable, a helper's result) can resolve to the legacy
// X-DocuSign-Authentication header: the text of the name comes from string
// literals of the package's files, exported string constants of its
// imports and values other packages export through facts (imported tests
// those), and one of them must hold "docusign" or "authentication" in any
// case. A generated SDK that sets headers from variables stops here.
func LegacyHeaderPossible(pkg *types.Package, ins *inspector.Inspector, imported func(func(string) bool) bool) bool {
	return literalOrExported(pkg, ins, legacyHeaderPart, &legacyHeaderConsts) || imported(legacyHeaderPart)
}

// legacyHeaderPart reports whether s may be part of the legacy header name.
func legacyHeaderPart(s string) bool {
	return docusign.ContainsFold(s, "docusign") || docusign.ContainsFold(s, "authentication")
}

// legacyHeaderConsts caches, by package, whether it exports a string
// constant that may be part of the legacy header name.
var legacyHeaderConsts match.PackageMemo[bool]
