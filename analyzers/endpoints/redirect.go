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
	"github.com/dslint/dslint/internal/values"
)

// checkRedirects reports constant redirect URIs with a fragment or without a
// scheme (DS105): in redirect fields, in url.Values{"redirect_uri": ...} or
// v.Set("redirect_uri", ...), and in the redirect_uri parameter of a
// constant URL. Only packages that talk to DocuSign get here, and a config
// literal of another provider (google.Endpoint, a GitHub AuthURL) is
// skipped. Without DocuSign evidence of the package's own (own false),
// only what is attributed to DocuSign at the use is judged: a config
// literal whose endpoint resolves to a DocuSign host (evidence.Config, the
// scopes rules' answer) and authorization URLs naming one.
//
// Redirect values are resolved where they are used (internal/values): a
// redirect URI returned by a helper, the redirect_uri parameter of an
// authorization URL concatenated from pieces
// ("...&redirect_uri=" + url.QueryEscape(callback)), and, without evidence
// of the package's own, that of a URL's String (u parsed from the
// configured auth server, its query set through u.Query()).
func checkRedirects(info *types.Info, insp *inspector.Inspector, vals func() *values.Resolver, own bool, r *report.Reporter) {
	check := func(e ast.Expr) { checkRedirect(info, e, vals, r) }
	reported := map[redirectIn]bool{} // the redirect URIs reported in each function
	for n := range insp.PreorderSeq((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil), (*ast.BasicLit)(nil)) {
		switch n := n.(type) {
		case *ast.CompositeLit:
			switch evidence.Config(info, n, nil, vals) {
			case evidence.OtherProviders:
				continue // google.Endpoint's "postmessage" is Google's business
			case evidence.Unattributed:
				if !own {
					continue
				}
			}
			if fields, typ, ok := match.StructLit(info, n); ok {
				for _, f := range fields {
					if slices.Contains(knowledge.RedirectFields, f.Name(typ)) {
						check(f.Value)
					}
				}
			} else if match.IsType(match.TypeOf(info, n), knowledge.URLValues) {
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok && isRedirectKey(info, kv.Key) {
						if _, elts, ok := match.Strings(info, kv.Value); ok {
							for _, e := range elts {
								check(e)
							}
						}
					}
				}
			}
		case *ast.AssignStmt:
			if !own {
				continue // a field write names no endpoint
			}
			for i, lhs := range n.Lhs {
				if sel, ok := lhs.(*ast.SelectorExpr); ok && i < len(n.Rhs) && slices.Contains(knowledge.RedirectFields, match.FieldOwner(info, sel)+"."+sel.Sel.Name) {
					check(n.Rhs[i])
				}
			}
		case *ast.CallExpr:
			if own && match.IsCallTo(info, n, knowledge.URLValuesSetters...) && len(n.Args) == 2 && isRedirectKey(info, n.Args[0]) && !otherQuery(n, vals) {
				check(n.Args[1])
			}
		case *ast.BasicLit:
			checkRedirectParam(info, n, r)
		}
	}
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil)) {
		if lit := cur.Node().(*ast.BasicLit); strings.Contains(lit.Value, "redirect_uri=") {
			checkBuiltRedirect(info, cur, vals, reported, r)
		}
	}
	if own {
		return // the Set calls are judged
	}
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if !match.IsCallTo(info, call, knowledge.URLString) {
			continue
		}
		for _, bad := range badRedirects(vals().String(call)) {
			if in := (redirectIn{enclosingFunc(cur), bad.uri}); !reported[in] { // else the URL's pieces, or its String before, were judged
				reported[in] = true
				r.Reportf("DS105", call, "redirect_uri %s %s (invalid_request: not registered)", strconv.Quote(bad.uri), bad.problem)
			}
		}
	}
}

// redirectIn is a redirect URI reported in a function.
type redirectIn struct {
	fn  ast.Node
	uri string
}

// enclosingFunc returns the innermost function declaration or literal
// around cur, or nil.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fn.Node()
	}
	return nil
}

// otherQuery reports whether the Set or Add call sets a parameter of the
// query of another provider's URL (q := u.Query() for u parsed from
// Google's authorization server).
func otherQuery(call *ast.CallExpr, vals func() *values.Resolver) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && evidence.Resolved(vals().QueryOf(sel.X)) == evidence.OtherProviders
}

func isRedirectKey(info *types.Info, e ast.Expr) bool {
	k, ok := match.String(info, e)
	return ok && k == "redirect_uri"
}

// checkRedirect checks a redirect URI: a constant; a field of the
// application's config type whose package writes constants to it (the
// presets of each environment, reported here, where they are used as
// redirect URIs, even when the environment may override them, as DS203
// judges a preset secret); or an expression every value of which is known
// text.
func checkRedirect(info *types.Info, e ast.Expr, vals func() *values.Resolver, r *report.Reporter) {
	v, ok := match.String(info, e)
	if !ok {
		// A library's redirect field (conf.RedirectURL) is judged where it
		// is written.
		if sel, isSel := ast.Unparen(e).(*ast.SelectorExpr); isSel && !slices.Contains(knowledge.RedirectFields, match.FieldOwner(info, sel)+"."+sel.Sel.Name) {
			presets := vals().FieldConstants(sel)
			for _, p := range presets {
				if problem := redirectProblem(p); problem != "" {
					r.Reportf("DS105", e, "redirect URI %s (field %s) %s (invalid_request)", strconv.Quote(p), sel.Sel.Name, problem)
				}
			}
			if len(presets) > 0 {
				return
			}
		}
		if !resolvable(e) {
			return
		}
		v, ok = onlyValue(vals().String(e))
		if !ok {
			return
		}
	}
	if problem := redirectProblem(v); problem != "" {
		r.Reportf("DS105", e, "redirect URI %s %s (invalid_request: not registered)", strconv.Quote(v), problem)
	}
}

// resolvable reports whether e may have a value the resolver knows: an
// identifier, a call or a concatenation (not a field of a parameter).
func resolvable(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.CallExpr, *ast.BinaryExpr:
		return true
	}
	return false
}

// onlyValue returns the value of an expression that takes one, fully known.
func onlyValue(vs []values.Value) (string, bool) {
	if len(vs) != 1 {
		return "", false
	}
	return vs[0].Known()
}

// rawQueryOf returns the url.URL literal whose RawQuery is the expression
// at cur, or nil.
func rawQueryOf(info *types.Info, cur inspector.Cursor) *ast.CompositeLit {
	kv, ok := cur.Parent().Node().(*ast.KeyValueExpr)
	if !ok || kv.Value != cur.Node() {
		return nil
	}
	lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit)
	if key, isID := kv.Key.(*ast.Ident); !ok || !isID || key.Name != "RawQuery" || !match.IsType(match.TypeOf(info, lit), knowledge.URL) {
		return nil
	}
	return lit
}

// checkBuiltRedirect checks the redirect_uri parameter of an authorization
// URL computed from pieces, the literal at cur ending in "redirect_uri="
// (or a fmt.Sprintf format with "redirect_uri=%s"):
// every value of the whole concatenation (or fmt.Sprintf) is resolved, and
// the parameter is checked where its text is known and the URL names a
// DocuSign host before its query.
func checkBuiltRedirect(info *types.Info, cur inspector.Cursor, vals func() *values.Resolver, reported map[redirectIn]bool, r *report.Reporter) {
	lit := cur.Node().(*ast.BasicLit)
	s, ok := match.String(info, lit)
	if !ok {
		return
	}
	// The parameter's value must come after the literal, or in a %s of
	// the format it is: else it is checkRedirectParam's.
	var whole ast.Expr
	if outer := match.OutermostConcat(cur); outer.Node() != lit && strings.HasSuffix(s, "redirect_uri=") {
		whole, _ = outer.Node().(ast.Expr)
		if u := rawQueryOf(info, outer); u != nil {
			whole = u // the query of url.URL{Host: ..., RawQuery: ...}: the whole URL
		}
	} else if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && match.IsCallTo(info, call, "fmt.Sprintf") && len(call.Args) > 0 && call.Args[0] == lit && strings.Contains(s, "redirect_uri=%") {
		whole = call
	}
	if whole == nil || match.Const(info, whole) != nil {
		return
	}
	for _, bad := range badRedirects(vals().String(whole)) {
		reported[redirectIn{enclosingFunc(cur), bad.uri}] = true
		r.Reportf("DS105", lit, "redirect_uri %s %s (invalid_request: not registered)", strconv.Quote(bad.uri), bad.problem)
	}
}

// badRedirect is a redirect URI and what is wrong with it.
type badRedirect struct{ uri, problem string }

// badRedirects returns, each once, the redirect_uri parameters with a
// problem of the values of an authorization URL: where the parameter's
// text is known and the URL names a DocuSign host before its query.
func badRedirects(vs []values.Value) []badRedirect {
	var out []badRedirect
	seen := map[string]bool{}
	for _, v := range vs {
		base, query, ok := strings.Cut(v.Marked(holeMark), "?")
		if !ok || strings.Contains(base, holeMark) || len(docusign.FindHosts(base)) == 0 {
			continue // an unknown or another provider's authorization server
		}
		for _, param := range strings.Split(query, "&") {
			raw, ok := strings.CutPrefix(param, "redirect_uri=")
			if !ok || strings.Contains(raw, holeMark) {
				continue
			}
			ru, err := url.QueryUnescape(raw)
			if err != nil || seen[ru] {
				continue
			}
			seen[ru] = true
			if problem := redirectProblem(ru); problem != "" {
				out = append(out, badRedirect{ru, problem})
			}
		}
	}
	return out
}

// holeMark stands for an unknown part of a resolved value.
const holeMark = "\x00"

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
			r.Reportf("DS105", lit, "redirect_uri %s %s (invalid_request: not registered)", strconv.Quote(ru), problem)
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
		return "has a fragment"
	}
	scheme, rest, ok := strings.Cut(u, ":")
	if !ok || !validScheme(scheme) || rest == "" || rest[0] >= '0' && rest[0] <= '9' {
		return "has no scheme"
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
