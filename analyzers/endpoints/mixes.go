package endpoints

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// checkMixes reports demo and production DocuSign values used together
// (DS102): in one struct literal (x/oauth2/jwt.Config{Audience: demo,
// TokenURL: prod}), or in one function whose JWT aud names one environment
// while its token request goes to the other. Maps and slices listing both
// environments are switches, not mixes, and are skipped.
func checkMixes(info *types.Info, insp *inspector.Inspector, r *report.Reporter) {
	var reported []*ast.CompositeLit
	for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil)) {
		lit := cur.Node().(*ast.CompositeLit)
		if _, _, ok := match.StructLit(info, lit); !ok || insideStructLit(info, cur) {
			continue
		}
		demo, prod := envHosts(info, cur)
		if demo != "" && prod != "" {
			r.Reportf("DS102", match.LitAnchor(lit), "demo host %s and production host %s in one config (invalid_grant)", demo, prod)
			reported = append(reported, lit)
		}
	}
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		checkFuncMix(info, cur, r, reported)
	}
}

// tokenOperand reports whether n may spell a token endpoint: a string
// literal, or a named string constant (const tokenURL = "https://...").
func tokenOperand(info *types.Info, n ast.Node) bool {
	switch n := n.(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		c, ok := info.Uses[n].(*types.Const)
		return ok && c.Val().Kind() == constant.String
	}
	return false
}

// checkFuncMix compares the environments of the aud claims and of the token
// endpoints named in one function body (nested function literals excluded).
func checkFuncMix(info *types.Info, fn inspector.Cursor, r *report.Reporter, skip []*ast.CompositeLit) {
	var auds []claims.Site
	audEnv, tokenEnv := map[docusign.Env]string{}, map[docusign.Env]string{}
	fn.Inspect(nil, func(c inspector.Cursor) bool {
		n := c.Node()
		if _, isLit := n.(*ast.FuncLit); isLit && c != fn {
			return false
		}
		for _, s := range claims.Sites(info, n) {
			if s.Claim != claims.Aud {
				continue
			}
			values := []ast.Expr{s.Value}
			if _, elts, ok := match.Strings(info, s.Value); ok { // jwt.ClaimStrings{aud}, Audience([]string{aud})
				values = elts
			}
			for _, v := range values {
				for _, m := range evidence.ConstExpr(info, v) {
					if m.Host.Family == docusign.Auth {
						audEnv[norm(m.Host.Env)] = m.Host.Name
						auds = append(auds, s)
					}
				}
			}
		}
		if tokenOperand(info, n) {
			if v, ok := match.String(info, match.OutermostConst(info, c).Node().(ast.Expr)); ok && strings.Contains(v, docusign.TokenPath) {
				for _, m := range docusign.FindHosts(v) {
					if m.Host.Family == docusign.Auth {
						tokenEnv[norm(m.Host.Env)] = m.Host.Name
					}
				}
			}
		}
		return true
	})
	if len(audEnv) != 1 || len(tokenEnv) != 1 {
		return // none, or both environments (a run-time switch)
	}
	for env, aud := range audEnv {
		tok, same := tokenEnv[env]
		if same {
			return
		}
		for _, t := range tokenEnv {
			tok = t
		}
		for _, s := range auds {
			if within(s.Node, skip) {
				continue
			}
			r.Reportf("DS102", s.Node, "JWT aud %s is sent to the token endpoint at %s (invalid_grant)", aud, tok)
		}
	}
}

// norm folds stage into demo: both are non-production.
func norm(e docusign.Env) docusign.Env {
	if e == docusign.Stage {
		return docusign.Demo
	}
	return e
}

// envHosts returns a non-production and a production DocuSign host named by
// constants inside a struct literal (including nested struct literals and
// claims maps, excluding other maps and slices). A literal whose every demo
// value has its production twin beside it (the same string with the
// counterpart host: envURLs{Demo: "https://account-d.../oauth/token", Prod:
// "https://account.../oauth/token"}) is a table of environments to choose
// from, like a map keyed by environment, and gives none.
func envHosts(info *types.Info, cur inspector.Cursor) (demo, prod string) {
	lit := cur.Node()
	var twins []string            // each demo value with its production counterpart host
	prodVals := map[string]bool{} // the production values, lower-cased
	cur.Inspect(nil, func(c inspector.Cursor) bool {
		e, ok := c.Node().(ast.Expr)
		if !ok {
			return true
		}
		if cl, ok := e.(*ast.CompositeLit); ok && cl != lit {
			t := match.TypeOf(info, cl)
			if t != nil {
				if _, isStruct := t.Underlying().(*types.Struct); !isStruct && !match.IsType(t, claims.MapTypes...) {
					return false
				}
			}
		}
		if _, isFn := e.(*ast.FuncLit); isFn {
			return false
		}
		if match.InMessage(info, c) {
			return false // a flag's usage or default names a host, it does not configure one
		}
		ms := evidence.ConstExpr(info, e)
		val, _ := match.String(info, e)
		for _, m := range ms {
			switch norm(m.Host.Env) {
			case docusign.Demo:
				demo = m.Host.Name
				twins = append(twins, strings.ToLower(val[:m.Start]+m.Host.Counterpart+val[m.End:]))
			case docusign.Prod:
				prod = m.Host.Name
				prodVals[strings.ToLower(val)] = true
			}
		}
		return match.Const(info, e) == nil
	})
	for _, t := range twins {
		if !prodVals[t] {
			return demo, prod
		}
	}
	return "", ""
}

// insideStructLit reports whether the literal at cur is nested in another
// struct literal (which is checked as a whole).
func insideStructLit(info *types.Info, cur inspector.Cursor) bool {
	for p := range cur.Parent().Enclosing((*ast.CompositeLit)(nil), (*ast.FuncLit)(nil)) {
		if cl, ok := p.Node().(*ast.CompositeLit); ok {
			_, _, isStruct := match.StructLit(info, cl)
			return isStruct
		}
		return false
	}
	return false
}

func within(n ast.Node, lits []*ast.CompositeLit) bool {
	for _, l := range lits {
		if l.Pos() <= n.Pos() && n.End() <= l.End() {
			return true
		}
	}
	return false
}
