package endpoints

import (
	"go/ast"
	"go/types"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// checkRedirects reports constant redirect URIs with a fragment or without a
// scheme (DS105): in redirect fields, in url.Values{"redirect_uri": ...} or
// v.Set("redirect_uri", ...), and in the redirect_uri parameter of a
// constant URL. Only packages that talk to DocuSign get here, and a config
// literal of another provider (google.Endpoint, a GitHub AuthURL) is
// skipped.
func checkRedirects(info *types.Info, insp *inspector.Inspector, r *report.Reporter) {
	for n := range insp.PreorderSeq((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil), (*ast.BasicLit)(nil)) {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if evidence.OtherProvider(info, n) {
				continue // google.Endpoint's "postmessage" is Google's business
			}
			if fields, typ, ok := match.StructLit(info, n); ok {
				for _, f := range fields {
					if slices.Contains(knowledge.RedirectFields, f.Name(typ)) {
						checkRedirect(info, f.Value, r)
					}
				}
			} else if match.IsType(match.TypeOf(info, n), knowledge.URLValues) {
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok && isRedirectKey(info, kv.Key) {
						if _, elts, ok := match.Strings(info, kv.Value); ok {
							for _, e := range elts {
								checkRedirect(info, e, r)
							}
						}
					}
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if sel, ok := lhs.(*ast.SelectorExpr); ok && i < len(n.Rhs) && slices.Contains(knowledge.RedirectFields, match.FieldOwner(info, sel)+"."+sel.Sel.Name) {
					checkRedirect(info, n.Rhs[i], r)
				}
			}
		case *ast.CallExpr:
			if match.IsCallTo(info, n, knowledge.URLValuesSetters...) && len(n.Args) == 2 && isRedirectKey(info, n.Args[0]) {
				checkRedirect(info, n.Args[1], r)
			}
		case *ast.BasicLit:
			checkRedirectParam(info, n, r)
		}
	}
}

func isRedirectKey(info *types.Info, e ast.Expr) bool {
	k, ok := match.String(info, e)
	return ok && k == "redirect_uri"
}

func checkRedirect(info *types.Info, e ast.Expr, r *report.Reporter) {
	v, ok := match.String(info, e)
	if !ok {
		return
	}
	if problem := redirectProblem(v); problem != "" {
		r.Reportf("DS105", e, "redirect URI %s %s: DocuSign matches redirect URIs exactly against the registered ones, so authorization fails with invalid_request (redirect URI not registered)", strconv.Quote(v), problem)
	}
}

// checkRedirectParam checks the redirect_uri query parameter of a constant
// URL such as "https://account-d.docusign.com/oauth/auth?...&redirect_uri=...".
func checkRedirectParam(info *types.Info, lit *ast.BasicLit, r *report.Reporter) {
	if !strings.Contains(lit.Value, "redirect_uri=") {
		return
	}
	v, ok := match.String(info, lit)
	if !ok || len(docusign.FindHosts(v)) == 0 { // another provider's authorization URL
		return
	}
	_, query, _ := strings.Cut(v, "?")
	q, err := url.ParseQuery(query)
	if err != nil {
		return
	}
	for _, ru := range q["redirect_uri"] {
		if problem := redirectProblem(ru); problem != "" {
			r.Reportf("DS105", lit, "redirect_uri %s %s: DocuSign matches redirect URIs exactly against the registered ones, so authorization fails with invalid_request (redirect URI not registered)", strconv.Quote(ru), problem)
		}
	}
}

// redirectProblem returns what is wrong with a redirect URI, or "". Custom
// schemes (com.example.app:/callback) are valid; host:port without a scheme
// (localhost:8080/callback) is not.
func redirectProblem(u string) string {
	if u == "" || strings.ContainsAny(u, "%{") || placeholder(u) { // empty, a template or a placeholder
		return ""
	}
	if strings.Contains(u, "#") {
		return "has a fragment (#)"
	}
	scheme, rest, ok := strings.Cut(u, ":")
	if !ok || !validScheme(scheme) || rest == "" || rest[0] >= '0' && rest[0] <= '9' {
		return "has no scheme (add https://)"
	}
	return ""
}

// placeholder reports whether u stands for a redirect URI the user has to
// fill in: REDIRECT_URI, YOUR_REDIRECT_URI, your-redirect-uri, <redirect>.
func placeholder(u string) bool {
	if strings.HasPrefix(strings.ToLower(u), "your") || strings.HasPrefix(u, "<") && strings.HasSuffix(u, ">") {
		return true
	}
	for _, c := range u {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func validScheme(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}
