package endpoints

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/values"
)

// basePaths are the eSignature API paths whose host must come from the
// UserInfo base_uri (REST, SOAP, Click).
var basePaths = []string{"/restapi", "/api/3.0", "/clickapi"}

// checkHosts reports demo/stage hosts (DS101) and pinned data-center base
// URIs (DS104) at the literal that names them. A demo host is not reported
// where a production host of the same API family reaches the same use (see
// flows.excused): the environment is then chosen at run time.
//
// A host that is only compared against (==, a switch case, strings.Contains,
// directly or through a constant used nowhere else) detects an environment
// rather than choosing one: it is not reported.
func checkHosts(pass *analysis.Pass, insp *inspector.Inspector, idx constUses, vals func() *values.Resolver, r *report.Reporter, mentions []mention, foreign []constUse) {
	var fl *flows // built on the first demo or bare data-center host: most packages name none
	flowsOf := func() *flows {
		if fl == nil {
			fl = newFlows(pass.TypesInfo, pass.Files, insp, idx, vals)
		}
		fl.steps = 0
		return fl
	}
	excused := func(cur inspector.Cursor, f docusign.Family) bool { return flowsOf().excused(cur, f) }
	checkForeignConsts(pass, r, foreign, excused)
	for _, m := range mentions {
		if match.Compared(pass.TypesInfo, m.cur) || onlyCompared(pass.TypesInfo, idx, m.cur) {
			continue
		}
		h := m.host.Host
		switch {
		case h.Env == docusign.Demo || h.Env == docusign.Stage:
			if h.Family != "" && excused(m.cur, h.Family) {
				continue
			}
			r.Reportf("DS101", hostRange(m), "%s", demoMessage(h, r.InTestFile(m.lit.Pos()), ""))
		case h.DataCenter && (pinned(pass.TypesInfo, idx, m) || bare(m) && flowsOf().baseAppended(m.cur, 0)):
			r.Reportf("DS104", hostRange(m), "eSignature base URI pinned to data center %s (USER_LACKS_MEMBERSHIP for other accounts)", h.Name)
		}
	}
}

// demoMessage is DS101's message for host h, written in a test file or
// not, and read through constant via of another package unless via is "".
func demoMessage(h docusign.Host, test bool, via string) string {
	what := "DocuSign " + h.Env.String() + " host " + h.Name
	consequence := " (fails after Go Live)"
	if h.Family == docusign.Auth {
		what = "DocuSign " + h.Env.String() + " auth server " + h.Name
		consequence = " (invalid_grant after Go Live)"
	}
	where := " hardcoded in production code"
	if test {
		where = " hardcoded in a test"
	}
	if via != "" {
		where = " from constant " + via
		if test {
			where += " in a test"
		}
	}
	return what + where + consequence
}

// checkDemoFlags reports IsDemo: true (and esign.TokenCredential(tok, true))
// hardcoded in production code (DS101). A flag set from configuration is
// not constant and not reported.
func checkDemoFlags(info *types.Info, insp *inspector.Inspector, r *report.Reporter) {
	const msg = "%s hardcodes the DocuSign developer sandbox (fails after Go Live)"
	for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt: // cfg.IsDemo = true
			if len(n.Lhs) != len(n.Rhs) || conditional(cur) {
				continue // if env == "demo" { cfg.IsDemo = true } is a switch
			}
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !ok {
					continue
				}
				if b, isConst := match.Bool(info, n.Rhs[i]); isConst && b && slices.Contains(knowledge.DemoFlags, match.FieldOwner(info, sel)+"."+sel.Sel.Name) && isLocal(info, cur, sel.X) {
					r.Reportf("DS101", n, msg, sel.Sel.Name+" = true")
				}
			}
		case *ast.CompositeLit:
			fields, typ, ok := match.StructLit(info, n)
			if !ok {
				continue
			}
			for _, f := range fields {
				if b, isConst := match.Bool(info, f.Value); isConst && b && slices.Contains(knowledge.DemoFlags, f.Name(typ)) {
					r.Reportf("DS101", f.Elt, msg, f.Var.Name()+": true")
				}
			}
		case *ast.CallExpr:
			if d, ok := knowledge.DemoFlagArgs[match.CalleeName(info, n)]; ok && len(n.Args) == d.Args {
				if b, isConst := match.Bool(info, n.Args[d.Index]); isConst && b {
					r.Reportf("DS101", n.Args[d.Index], msg, d.What)
				}
			}
		}
	}
}

// conditional reports whether the statement at cur runs only on some paths
// of its function: inside an if, switch or select. It climbs from cur (a
// search from the root for every assignment made the cost quadratic in the
// size of a file).
func conditional(cur inspector.Cursor) bool {
	for e := range cur.Parent().Enclosing((*ast.IfStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch e.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		}
		return true
	}
	return false
}

// isLocal reports whether e is a variable declared in the body of the
// function around the node at cur (the config the function itself built),
// not a parameter or field that a helper is asked to set (func useDemo(c
// *esign.JWTConfig) { c.IsDemo = true }).
func isLocal(info *types.Info, cur inspector.Cursor, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	v, isVar := info.Uses[id].(*types.Var)
	if !ok || !isVar {
		return false
	}
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var body *ast.BlockStmt
		switch fn := fn.Node().(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		return body != nil && body.Lbrace < v.Pos() && v.Pos() < body.Rbrace
	}
	return false
}

// hostRange returns the range of the host name inside its literal when the
// literal has no escapes (so offsets map 1:1), else the whole literal.
func hostRange(m mention) analysis.Range {
	raw := m.lit.Value
	if len(raw) >= 2 && raw[1:len(raw)-1] == m.val {
		start := m.lit.Pos() + 1 + token.Pos(m.host.Start)
		return match.Span(start, start+token.Pos(m.host.End-m.host.Start))
	}
	return m.lit
}

func stringVal(tv types.TypeAndValue) string {
	if tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

// pinned reports whether the data-center host of m is an eSignature base
// URI: followed by an API base path in its literal or, when the literal is
// a base to build on (const baseURI = "https://na3.docusign.net"), in the
// constant expressions it flows into (baseURI + "/restapi"). The legacy
// token endpoint is DS601's, not a base URI.
func pinned(info *types.Info, idx constUses, m mention) bool {
	if strings.Contains(m.val, "/oauth2/token") {
		return false
	}
	if hasAny(afterPort(m.val[m.host.End:]), basePaths) {
		return true
	}
	if m.host.End != len(strings.TrimRight(m.val, "/")) {
		return false // a path of its own that is not a base path
	}
	for _, v := range constValues(info, idx, m.cur, 0) {
		if i := strings.Index(strings.ToLower(v), m.host.Host.Name); i >= 0 && hasAny(afterPort(v[i+len(m.host.Host.Name):]), basePaths) && !strings.Contains(v, "/oauth2/token") {
			return true
		}
	}
	return false
}

// bare reports whether m's literal ends with its host (a base to build on).
func bare(m mention) bool {
	return m.host.End == len(strings.TrimRight(m.val, "/")) && !strings.Contains(m.val, "/oauth2/token")
}

// afterPort returns what follows the host once a ":port" is skipped.
func afterPort(rest string) string {
	if p, ok := strings.CutPrefix(rest, ":"); ok {
		return strings.TrimLeft(p, "0123456789")
	}
	return rest
}

func hasAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
