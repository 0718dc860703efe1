package endpoints

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/timeexpr"
	"github.com/dslint/dslint/internal/values"
)

// checkAudiences reports a JWT aud naming a DocuSign auth server with a
// scheme, port, path or trailing slash (DS103), wherever the claim is set:
// MapClaims["aud"], RegisteredClaims/StandardClaims.Audience, jwx
// Audience(...) and Set(jwt.AudienceKey, ...), go-jose Claims.Audience,
// x/oauth2/jwt Config.Audience. The fix replaces a literal with the bare host.
//
// A local variable defined once (aud := "https://account.docusign.com") is
// followed to its definition, where the finding and the fix go. So is the
// aud of a json-tagged struct shaped like an assertion (a hand-rolled one,
// claims.TaggedSites). An aud that is not constant is judged by the values
// the resolver gives it ("https://" + cfg.AuthHost()), without a fix.
func checkAudiences(info *types.Info, insp *inspector.Inspector, vals func() *values.Resolver, r *report.Reporter) {
	done := map[ast.Expr]bool{}
	for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		sites := claims.Sites(info, cur.Node())
		if lit, ok := cur.Node().(*ast.CompositeLit); ok && len(sites) == 0 {
			if tagged, ok := claims.TaggedSites(info, lit); ok && claims.AssertionShaped(tagged) {
				sites = tagged
			}
		}
		for _, s := range sites {
			if s.Claim != claims.Aud {
				continue
			}
			value := s.Value
			if _, isID := ast.Unparen(value).(*ast.Ident); isID {
				for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
					value = timeexpr.NewDefs(info, fn.Node()).Resolve(value)
					break
				}
			}
			consts := audValues(info, value)
			for _, e := range consts {
				if !done[e] {
					done[e] = true
					checkAudience(info, e, r)
				}
			}
			if len(consts) == 0 && !done[s.Value] {
				done[s.Value] = true
				checkResolvedAudience(info, s.Value, vals, r)
			}
		}
	}
}

// audValues returns the expressions of the aud value: the value itself when
// it is a constant string, or the elements of a string slice literal
// (jwt.ClaimStrings{...}, []string{...}, go-jose jwt.Audience{...}).
func audValues(info *types.Info, v ast.Expr) []ast.Expr {
	if _, ok := match.String(info, v); ok {
		return []ast.Expr{v}
	}
	if _, elts, ok := match.Strings(info, v); ok {
		return elts
	}
	return nil
}

func checkAudience(info *types.Info, e ast.Expr, r *report.Reporter) {
	v, _ := match.String(info, e)
	problem := audienceProblem(v)
	if problem == "" {
		return
	}
	h, _ := docusign.Classify(v)
	d := analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(), Category: "DS103",
		Message: "JWT aud " + strconv.Quote(v) + " has " + problem + " (invalid_grant)",
	}
	if match.IsStringLit(e) {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "use the bare host " + h.Name,
			TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(strconv.Quote(h.Name))}},
		}}
	}
	r.Report(d)
}

// checkResolvedAudience reports an aud that is not constant when a value
// the resolver gives it, a string or an element of a string list literal
// (jwt.ClaimStrings{"https://" + cfg.AuthHost()}), is known text naming a
// DocuSign auth server with more than its bare host: the first such value
// in source order is named.
func checkResolvedAudience(info *types.Info, e ast.Expr, vals func() *values.Resolver, r *report.Reporter) {
	elems := []ast.Expr{e}
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		elems = lit.Elts
	}
	for _, el := range elems {
		if t, ok := match.TypeOf(info, el).(*types.Basic); !ok || t.Info()&types.IsString == 0 || !resolvable(el) {
			continue
		}
		for _, v := range vals().String(el) {
			known, ok := v.Known()
			if problem := audienceProblem(known); ok && problem != "" {
				r.Reportf("DS103", el, "JWT aud %s has %s (invalid_grant)", strconv.Quote(known), problem)
				break
			}
		}
	}
}

// audienceProblem says what makes v, when it names a DocuSign auth server,
// more than its bare host; "" when nothing does.
func audienceProblem(v string) string {
	h, ok := docusign.Classify(v)
	if !ok || h.Family != docusign.Auth || v == h.Name {
		return ""
	}
	return audProblem(v, h.Name)
}

// audProblem says what makes v more than the bare host.
func audProblem(v, host string) string {
	var p []string
	rest := v
	if i := strings.Index(rest, "://"); i >= 0 {
		p = append(p, "a scheme ("+rest[:i+3]+")")
		rest = rest[i+3:]
	}
	hostPart, path, hasPath := strings.Cut(rest, "/")
	if strings.Contains(hostPart, ":") {
		p = append(p, "a port")
	}
	switch {
	case hasPath && path == "":
		p = append(p, "a trailing slash")
	case hasPath:
		p = append(p, "a path (/"+path+")")
	}
	if len(p) == 0 && !strings.EqualFold(strings.TrimSuffix(hostPart, "."), host) {
		return ""
	}
	if len(p) == 0 {
		p = append(p, "a different spelling")
	}
	return strings.Join(p, " and ")
}
