package endpoints

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// checkMixes reports demo and production DocuSign values used together
// (DS102): in one struct literal (x/oauth2/jwt.Config{Audience: demo,
// TokenURL: prod}, a preset of the application's config type with nested
// config literals), at its first demo value, or in one function whose JWT
// aud names one environment while its token request goes to the other.
// Maps and slices listing both environments are switches, not mixes, and
// are skipped: each of their struct entries is judged on its own.
func checkMixes(info *types.Info, insp *inspector.Inspector, r *report.Reporter) {
	var reported []*ast.CompositeLit
	var envs fieldEnvs // built on the first literal naming both environments
	envsOf := func() fieldEnvs {
		if envs == nil {
			envs = indexFieldEnvs(info, insp)
		}
		return envs
	}
	for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil)) {
		lit := cur.Node().(*ast.CompositeLit)
		if _, _, ok := match.StructLit(info, lit); !ok || insideStructLit(info, cur) {
			continue
		}
		if at, demo, prod := envHosts(info, cur, envsOf); at != nil {
			r.Reportf("DS102", at, "demo host %s and production host %s in one config (invalid_grant)", demo, prod)
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

// envHosts returns the first non-production DocuSign value inside a
// struct literal (including nested struct literals and claims maps,
// excluding other maps and slices), with its host and a production host
// named there (of the same API family when there is one), when there are
// both. A literal whose every demo value has its production twin beside
// it (the same string with the counterpart host: envURLs{Demo:
// "https://account-d.../oauth/token", Prod: "https://account.../oauth/token"},
// a catalogue entry {Name: demo, Counterpart: prod}) is a table of
// environments to choose from, like a map keyed by environment, and gives
// none; the twin must then sit in a field that holds production values
// only in the package (a column of the table), not in one that presets
// fill with either (OAuth{AuthServer: prod, Audience: demo} of a production
// preset, whose AuthServer is demo in the development one).
func envHosts(info *types.Info, cur inspector.Cursor, envsOf func() fieldEnvs) (at ast.Expr, demo, prod string) {
	lit := cur.Node()
	var twins []string                    // each demo value with its production counterpart host, lower-cased
	var family docusign.Family            // of the first demo host
	var prods []docusign.Host             // the production hosts, in source order
	prodVals := map[string][]*types.Var{} // the production values, lower-cased, and the fields holding them
	eachValue(info, cur, lit, func(c inspector.Cursor, e ast.Expr) {
		val, _ := match.String(info, e)
		field := fieldAt(info, c)
		for _, m := range evidence.ConstExpr(info, e) {
			switch norm(m.Host.Env) {
			case docusign.Demo:
				if at == nil {
					at, demo, family = e, m.Host.Name, m.Host.Family
				}
				twins = append(twins, strings.ToLower(val[:m.Start]+m.Host.Counterpart+val[m.End:]))
			case docusign.Prod:
				prods = append(prods, m.Host)
				k := strings.ToLower(val)
				prodVals[k] = append(prodVals[k], field)
			}
		}
	})
	if at == nil || len(prods) == 0 {
		return nil, "", ""
	}
	prod = prods[0].Name // the first of the demo host's family, when there is one
	if i := slices.IndexFunc(prods, func(h docusign.Host) bool { return h.Family == family }); i >= 0 {
		prod = prods[i].Name
	}
	envs := envsOf()
	for _, t := range twins {
		if !slices.ContainsFunc(prodVals[t], envs.column) {
			return at, demo, prod
		}
	}
	return nil, "", ""
}

// eachValue calls f with each value expression inside the struct literal
// at cur that envHosts judges, outermost constant expressions only.
func eachValue(info *types.Info, cur inspector.Cursor, lit ast.Node, f func(inspector.Cursor, ast.Expr)) {
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
		f(c, e)
		return match.Const(info, e) == nil
	})
}

// fieldAt returns the struct field whose value is the expression at c in
// a struct literal, or nil.
func fieldAt(info *types.Info, c inspector.Cursor) *types.Var {
	switch c.ParentEdgeKind() {
	case edge.KeyValueExpr_Value:
		kv := c.Parent().Node().(*ast.KeyValueExpr)
		if cl, ok := c.Parent().Parent().Node().(*ast.CompositeLit); ok {
			if _, _, isStruct := match.StructLit(info, cl); isStruct {
				if key, ok := kv.Key.(*ast.Ident); ok {
					v, _ := info.Uses[key].(*types.Var)
					return v
				}
			}
		}
	case edge.CompositeLit_Elts:
		fields, _, _ := match.StructLit(info, c.Parent().Node().(*ast.CompositeLit))
		for _, f := range fields {
			if f.Value == c.Node() {
				return f.Var
			}
		}
	}
	return nil
}

// fieldEnvs records, for each struct field the package writes a constant
// naming a DocuSign host to (in a struct literal or an assignment), the
// environments those constants name.
type fieldEnvs map[*types.Var]map[docusign.Env]bool

func indexFieldEnvs(info *types.Info, insp *inspector.Inspector) fieldEnvs {
	envs := fieldEnvs{}
	add := func(v *types.Var, e ast.Expr) {
		for _, m := range evidence.ConstExpr(info, e) {
			if envs[v] == nil {
				envs[v] = map[docusign.Env]bool{}
			}
			envs[v][norm(m.Host.Env)] = true
		}
	}
	for n := range insp.PreorderSeq((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		switch n := n.(type) {
		case *ast.CompositeLit:
			fields, _, _ := match.StructLit(info, n)
			for _, f := range fields {
				add(f.Var, f.Value)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
					if v, ok := info.Uses[sel.Sel].(*types.Var); ok && v.IsField() {
						add(v, n.Rhs[i])
					}
				}
			}
		}
	}
	return envs
}

// column reports whether the field v holds one environment only: a
// column of a table of environments (envURLs.Prod). A value not directly
// in a field (nil) is not known to be otherwise.
func (fe fieldEnvs) column(v *types.Var) bool {
	return v == nil || len(fe[v]) <= 1
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
