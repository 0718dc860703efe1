package scopes

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/values"
)

// Analyzer is the scopes analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a scopes analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		DocuSignOnly:     true,
		Name:             "scopes",
		Requires:         []*analysis.Analyzer{inspect.Analyzer, values.Analyzer},
		Doc:              analysisdoc.MustExtract(doc, "scopes"),
		RunDespiteErrors: true,
		Run:              run,
	}, cfg)
}

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	// Fast path: an OAuth/JWT library, or a DocuSign host in a string
	// literal (hand-built URLs and hand-rolled assertions), found with the
	// shared inspector's literal index rather than a walk of every file.
	// Every scope rule needs DocuSign evidence (a host or esign), so a
	// package no DocuSign value can reach is skipped too.
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !evidence.Possible(pass.Pkg, insp, r.InScope) && !evidence.InFacts(pass.ResultOf[values.Analyzer].(*values.Package)) {
		return nil, nil
	}
	mentions := evidence.Literals(insp, r.InScope)
	if !mentions && !evidence.UsesAuthLibrary(pass.Pkg) {
		return nil, nil
	}
	c := newChecker(pass, r)
	c.evidence = mentions || match.ImportsAny(pass.Pkg, knowledge.DocuSignLibraries...)
	for _, f := range r.Files() {
		c.prepass(f)
	}
	for _, f := range r.Files() {
		ast.Inspect(f, c.visit)
	}
	c.flush()
	return nil, nil
}

type reportKey struct {
	id     string
	pos    token.Pos
	detail string
}

// checker holds the pass-wide state.
type checker struct {
	pass     *analysis.Pass
	info     *types.Info
	r        *report.Reporter
	reported map[reportKey]bool
	evidence bool // the package is demonstrably about DocuSign

	vals         func() *values.Resolver   // the package's value resolver, built on first use
	inChain      map[ast.Expr]bool         // operands of a concatenation seen from its top
	inits        map[types.Object]ast.Expr // single initialiser of a variable
	reassigned   map[types.Object]bool
	holders      map[*ast.CompositeLit]types.Object // variable or field a config literal is stored in
	exchanged    map[types.Object]bool              // receivers of Exchange calls
	anonExch     map[string]bool                    // config types exchanged through an untracked receiver
	anyExch      map[string]bool                    // config types exchanged at all
	jwtScopesSet bool                               // some jwt.Config gets its Scopes assigned
	// grants: the package sends a grant_type=authorization_code request
	// by hand, or runs a JWT grant (a jwt-bearer request, a JWT config), so
	// a hand-built impersonation URL is its consent URL.
	grants evidence.Grants
	// responseTypes maps url.Values variables to their response_type.
	responseTypes map[types.Object]string
	// claimArgs are plain map literals handed to a JWT library as claims
	// (go-jose's Builder.Claims, jwt.NewWithClaims): claim sets even when
	// they hold nothing but "scope".
	claimArgs map[*ast.CompositeLit]bool
	// handDS402 holds DS402 findings on hand-built authorization requests
	// until every request of the package is seen; handLogin is set by a
	// hand-built code request without impersonation (see flush).
	handDS402 []analysis.Diagnostic
	handLogin bool
	// compared are operands of == and != and switch cases: a URL a test or
	// a server compares with is not a request.
	compared map[ast.Expr]bool
	// Claim sets signed as they stand (see noscope.go): literals handed to
	// a signing call, local variables defined by a literal (litVars), all
	// their uses and those that hand them to a signing call.
	signedLits map[*ast.CompositeLit]bool
	claimVars  map[*types.Var]bool
	litVars    map[*ast.CompositeLit]*types.Var
	varUses    map[*types.Var]int
	signedUses map[*types.Var]int
}

func newChecker(pass *analysis.Pass, r *report.Reporter) *checker {
	return &checker{
		pass: pass, info: pass.TypesInfo, r: r,
		vals:       pass.ResultOf[values.Analyzer].(*values.Package).Resolver,
		inChain:    map[ast.Expr]bool{},
		reported:   map[reportKey]bool{},
		inits:      map[types.Object]ast.Expr{},
		reassigned: map[types.Object]bool{},
		holders:    map[*ast.CompositeLit]types.Object{},
		exchanged:  map[types.Object]bool{},
		anonExch:   map[string]bool{},
		anyExch:    map[string]bool{},

		responseTypes: map[types.Object]string{},
		claimArgs:     map[*ast.CompositeLit]bool{},
		compared:      map[ast.Expr]bool{},

		signedLits: map[*ast.CompositeLit]bool{},
		claimVars:  map[*types.Var]bool{},
		litVars:    map[*ast.CompositeLit]*types.Var{},
		varUses:    map[*types.Var]int{},
		signedUses: map[*types.Var]int{},
	}
}

// report reports d once per rule, position and detail (the scope name),
// however many uses reach the same literal.
func (c *checker) report(d analysis.Diagnostic, detail string) {
	k := reportKey{d.Category, d.Pos, detail}
	if c.reported[k] {
		return
	}
	c.reported[k] = true
	c.r.Report(d)
}

// rootObj returns the variable or field an expression names: x, p.x, &x,
// *x, or a package-level variable pkg.V; nil for anything else.
func (c *checker) rootObj(e ast.Expr) types.Object {
	e = match.Unaddr(e)
	if s, ok := e.(*ast.StarExpr); ok {
		e = ast.Unparen(s.X)
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := c.info.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := c.info.Uses[e.Sel].(*types.Var); ok {
			return v
		}
	}
	return nil
}

// configLit returns the OAuth config composite literal e is (possibly
// behind &), or nil.
func (c *checker) configLit(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || !match.IsType(match.TypeOf(c.info, lit), knowledge.CodeConfigs...) {
		return nil
	}
	return lit
}

// prepass records variable initialisers, where config literals are stored,
// and which configs have their authorization code exchanged.
func (c *checker) prepass(f *ast.File) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if i < len(n.Values) && len(n.Names) == len(n.Values) {
					obj := c.info.Defs[name]
					c.inits[obj] = n.Values[i]
					c.recordClaimVar(name, n.Values[i])
					if lit := c.configLit(n.Values[i]); lit != nil {
						c.holders[lit] = obj
					}
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, lhs := range n.Lhs {
				obj := c.rootObj(lhs)
				if id, ok := lhs.(*ast.Ident); ok && n.Tok == token.DEFINE && c.info.Defs[id] != nil {
					c.inits[obj] = n.Rhs[i]
					c.recordClaimVar(id, n.Rhs[i])
				} else if obj != nil {
					c.reassigned[obj] = true
				}
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == "Scopes" &&
					slices.Contains(knowledge.JWTConfigs, match.FieldOwner(c.info, sel)) {
					c.jwtScopesSet = true
				}
				if lit := c.configLit(n.Rhs[i]); lit != nil && obj != nil {
					c.holders[lit] = obj
				}
			}
		case *ast.KeyValueExpr:
			if key, ok := n.Key.(*ast.Ident); ok {
				if v, ok := c.info.Uses[key].(*types.Var); ok && v.IsField() {
					if lit := c.configLit(n.Value); lit != nil {
						c.holders[lit] = v
					}
				}
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				c.compared[ast.Unparen(n.X)], c.compared[ast.Unparen(n.Y)] = true, true
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				c.compared[ast.Unparen(e)] = true
			}
		case *ast.CallExpr:
			c.exchangeCall(n)
			c.recordResponseType(n)
			c.recordSigned(n)
		case *ast.Ident:
			if v, ok := c.info.Uses[n].(*types.Var); ok && c.claimVars[v] {
				c.varUses[v]++
			}
		case *ast.BasicLit:
			if s, ok := match.String(c.info, n); ok {
				c.grants.Add(s)
			}
		case *ast.CompositeLit:
			if match.IsType(match.TypeOf(c.info, n), append(knowledge.JWTConfigs[:len(knowledge.JWTConfigs):len(knowledge.JWTConfigs)], knowledge.EsignJWTConfig)...) {
				c.grants.JWT = true
			}
		}
		return true
	})
}

// exchangeCall records an Exchange call on an OAuth config.
func (c *checker) exchangeCall(call *ast.CallExpr) {
	fn := match.Callee(c.info, call)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if fn == nil || !ok || fn.Name() != "Exchange" {
		return
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil || !match.IsType(recv.Type(), knowledge.CodeConfigs...) {
		return
	}
	typ := match.TypeName(recv.Type())
	c.anyExch[typ] = true
	if obj := c.rootObj(sel.X); obj != nil {
		c.exchanged[obj] = true
	} else {
		c.anonExch[typ] = true
	}
}

// isExchanged reports whether the authorization code of the config held in
// obj (nil when untracked) of type typ is exchanged in the package.
func (c *checker) isExchanged(obj types.Object, typ string) bool {
	if obj == nil {
		return c.anyExch[typ]
	}
	return c.exchanged[obj] || c.anonExch[typ]
}
