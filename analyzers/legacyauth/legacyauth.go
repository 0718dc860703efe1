package legacyauth

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/values"
)

// Analyzer is the legacyauth analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a legacyauth analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		DocuSignOnly:     true,
		Name:             "legacyauth",
		Doc:              analysisdoc.MustExtract(doc, "legacyauth"),
		Requires:         []*analysis.Analyzer{inspect.Analyzer, values.Analyzer},
		RunDespiteErrors: true,
		Run:              run,
	}, cfg)
}

const (
	headerName   = "x-docusign-authentication"
	credsElement = "<docusigncredentials>"
	consequence  = "(legacy auth, fails since 2026-09-30)"
)

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	usesLegacy := match.ImportsAny(pass.Pkg, knowledge.EsignLegacyPkg)
	headerConsts := map[types.Object]bool{} // constants naming the legacy header
	vp := pass.ResultOf[values.Analyzer].(*values.Package)
	vals := vp.Resolver
	computed := evidence.LegacyHeaderPossible(pass.Pkg, insp, vp.AnyImported) // else no computed name can be the header
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil), (*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if computed {
				checkComputedHeader(pass.TypesInfo, n, vals, r)
			}
		case *ast.BasicLit:
			checkLiteral(pass.TypesInfo, cur, n, r)
			if c := headerConst(pass.TypesInfo, cur); c != nil {
				headerConsts[c] = true
			}
		case *ast.CompositeLit:
			if usesLegacy && match.IsType(match.TypeOf(pass.TypesInfo, n), knowledge.LegacyAPI...) {
				r.Reportf("DS601", match.LitAnchor(n), "legacy.Config authenticates with a user name and password %s", consequence)
			}
		}
	}
	if len(headerConsts) > 0 {
		// One walk with the cursor at hand, not a search for each use; the
		// name is compared before the (larger) Uses map is read.
		names := map[string]bool{}
		for c := range headerConsts {
			names[c.Name()] = true
		}
		for cur := range insp.Root().Preorder((*ast.Ident)(nil)) {
			id := cur.Node().(*ast.Ident)
			if names[id.Name] && headerConsts[pass.TypesInfo.Uses[id]] && isHeaderKey(pass.TypesInfo, cur) {
				r.Reportf("DS601", id, "X-DocuSign-Authentication header through constant %s %s", id.Name, consequence)
			}
		}
	}
	isDS := func() bool { return evidence.Package(pass.Pkg, insp, r.InScope) }
	for _, cur := range evidence.LegacyGrants(pass.TypesInfo, insp, isDS, vals) {
		if !match.InMessage(pass.TypesInfo, cur) {
			r.Reportf("DS601", cur.Node(), "password grant on DocuSign's legacy /oauth2/token endpoint %s", consequence)
		}
	}
	return nil, nil
}

// checkLiteral reports the legacy header name used as a header key and a
// <DocuSignCredentials> payload.
func checkLiteral(info *types.Info, cur inspector.Cursor, lit *ast.BasicLit, r *report.Reporter) {
	if lit.Kind != token.STRING || !docusign.ContainsFold(lit.Value, "docusign") {
		return
	}
	if k := cur.ParentEdgeKind(); k == edge.ImportSpec_Path || k == edge.Field_Tag || isLookup(info, cur) || match.InMessage(info, cur) {
		return
	}
	v, ok := match.String(info, lit)
	if !ok {
		return
	}
	switch {
	case strings.EqualFold(v, headerName) && isHeaderKey(info, cur):
		r.Reportf("DS601", lit, "X-DocuSign-Authentication header %s", consequence)
	case docusign.ContainsFold(v, credsElement):
		r.Reportf("DS601", lit, "<DocuSignCredentials> payload %s", consequence)
	}
}

// checkComputedHeader reports a header set under a name computed by the
// program that resolves to the legacy header: a helper's result
// (req.Header.Set(authHeader(creds)) with authHeader returning the name and
// the value, req.Header.Set(headerName(), v)) or a concatenation. Constant
// names are the literal's and the constant's checks.
func checkComputedHeader(info *types.Info, call *ast.CallExpr, vals func() *values.Resolver, r *report.Reporter) {
	if len(call.Args) == 0 || len(call.Args) > 2 || !isHeaderSetter(info, call) {
		return
	}
	name := call.Args[0]
	if _, isConst := match.String(info, name); isConst {
		return
	}
	var vs []values.Value
	if len(call.Args) == 1 { // f(g()) with g returning the name and the value
		inner, ok := ast.Unparen(name).(*ast.CallExpr)
		if !ok {
			return
		}
		if t, ok := match.TypeOf(info, inner).(*types.Tuple); !ok || t.Len() != 2 {
			return
		}
		vs = vals().Results(inner, 0)
	} else {
		vs = vals().String(name)
	}
	for _, v := range vs {
		if s, ok := v.Known(); ok && strings.EqualFold(s, headerName) {
			how := ""
			if len(v.Via) > 0 {
				how = " " + strings.Join(v.Via, ", ")
			}
			r.Reportf("DS601", name, "X-DocuSign-Authentication header%s %s", how, consequence)
			return
		}
	}
}

// headerConst returns the constant the literal at cur declares when its
// value is the legacy header name (const authHeader = "X-DocuSign-Authentication").
func headerConst(info *types.Info, cur inspector.Cursor) types.Object {
	lit := cur.Node().(*ast.BasicLit)
	spec, ok := cur.Parent().Node().(*ast.ValueSpec)
	if !ok || cur.ParentEdgeKind() != edge.ValueSpec_Values || cur.ParentEdgeIndex() >= len(spec.Names) ||
		lit.Kind != token.STRING || !docusign.ContainsFold(lit.Value, headerName) {
		return nil
	}
	if v, ok := match.String(info, lit); !ok || !strings.EqualFold(v, headerName) {
		return nil
	}
	c, _ := info.Defs[spec.Names[cur.ParentEdgeIndex()]].(*types.Const)
	if c == nil {
		return nil
	}
	return c
}

// isHeaderKey reports whether the literal at cur names a header being set:
// the first argument of Header.Set/Add (or any SetHeader/AddHeader-style
// method), a key in a map literal, or the index of an assignment.
func isHeaderKey(info *types.Info, cur inspector.Cursor) bool {
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		return cur.ParentEdgeKind() == edge.CallExpr_Args && cur.ParentEdgeIndex() == 0 && len(p.Args) >= 2 && isHeaderSetter(info, p)
	case *ast.KeyValueExpr:
		return cur.ParentEdgeKind() == edge.KeyValueExpr_Key
	case *ast.IndexExpr:
		gp := parent.Parent()
		as, ok := gp.Node().(*ast.AssignStmt)
		return ok && parent.ParentEdgeKind() == edge.AssignStmt_Lhs && as.Tok != token.DEFINE
	}
	return false
}

// isHeaderSetter reports whether call is Header.Set/Add or any
// SetHeader/AddHeader-style method or function.
func isHeaderSetter(info *types.Info, call *ast.CallExpr) bool {
	fn := match.Callee(info, call)
	if fn == nil {
		return false
	}
	name := strings.ToLower(fn.Name())
	return name == "set" || name == "add" || strings.Contains(name, "header")
}

// isLookup reports whether the literal is only compared or read
// (h.Get, h.Del, ==, a case clause), as in a proxy that strips the header.
func isLookup(info *types.Info, cur inspector.Cursor) bool {
	switch p := cur.Parent().Node().(type) {
	case *ast.BinaryExpr:
		return p.Op == token.EQL || p.Op == token.NEQ
	case *ast.CaseClause:
		return true
	case *ast.CallExpr:
		return match.IsCallTo(info, p, "(net/http.Header).Get", "(net/http.Header).Del", "(net/http.Header).Values", "strings.EqualFold", "strings.Contains", "strings.HasPrefix")
	}
	return false
}
