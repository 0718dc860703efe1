package jwtclaims

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/timeexpr"
	"github.com/dslint/dslint/internal/values"
)

// Analyzer is the jwtclaims analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a jwtclaims analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		DocuSignOnly: true,
		Name:         "jwtclaims",
		Doc:          analysisdoc.MustExtract(doc, "jwtclaims"),
		Requires:     []*analysis.Analyzer{inspect.Analyzer, values.Analyzer},
		FactTypes:    []analysis.Fact{new(SignsClaims), new(Signers)},
		Run:          run,
	}, cfg)
}

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	if match.FilesInGoroot(pass.Fset, pass.Files) || !r.Config().AnalyzerChecked("jwtclaims") {
		return nil, nil // the facts make it run on std too, which signs no DocuSign assertion
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// Fast path: a JWT library, a hand-rolled assertion (encoding/json in
	// a package that names a DocuSign host), or claims handed to a signer
	// of another package (a SignsClaims fact).
	s := &signers{pass: pass, own: map[*types.Func][]int{}}
	library := match.ImportsAny(pass.Pkg, knowledge.JWTLibraries...)
	json := match.ImportsAny(pass.Pkg, "encoding/json")
	imported := !library && s.callsImported(insp, r)
	if library || imported || json && match.ImportsAny(pass.Pkg, "crypto") {
		s.summarise(insp, r)
	}
	if !library && !imported && !(json && evidence.Package(pass.Pkg, insp, r.InScope)) {
		return nil, nil
	}
	// Every claim rule judges a DocuSign assertion only (a host or esign
	// shows it), so a package no DocuSign value can reach is skipped.
	vp := pass.ResultOf[values.Analyzer].(*values.Package)
	if !evidence.Possible(pass.Pkg, insp, r.InScope) && !evidence.InFacts(vp) {
		return nil, nil
	}
	c := &checker{pass: pass, r: r, reported: map[reportKey]bool{}, vals: vp.Resolver, signers: s}
	grants := c.assertionFuncs()
	for _, file := range r.Files() {
		for _, decl := range file.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Body != nil {
					fn, _ := pass.TypesInfo.Defs[decl.Name].(*types.Func)
					c.function(decl.Body, grants[fn])
				}
			case *ast.GenDecl: // package-level literals: var cfg = &jwt.Config{...}
				if decl.Tok == token.VAR {
					c.function(decl, false)
				}
			}
		}
	}
	c.esignOptions()
	return nil, nil
}

type reportKey struct {
	id  string
	pos token.Pos
}

// checker holds the pass-wide state.
type checker struct {
	pass     *analysis.Pass
	r        *report.Reporter
	reported map[reportKey]bool
	inits    map[*types.Var]ast.Expr // package variables never reassigned (lazily)
	vals     func() *values.Resolver // the package's value resolver, built on first use
	signers  *signers
}

// function is one function body (or package-level declaration) under analysis.
type function struct {
	*checker
	info     *types.Info
	body     ast.Node
	ev       *timeexpr.Evaluator
	consumed map[ast.Node]bool
	docusign *bool // lazily computed: the body mentions a DocuSign host
	// feedsGrant: the function's result is sent as the assertion of a
	// DocuSign token request (see assertionFuncs).
	feedsGrant bool
}

func (c *checker) report(id string, n ast.Node, format string, args ...any) {
	c.reportFix(nil, id, n, format, args...)
}

// reportFix is report with suggested fixes (none when fixes is nil).
func (c *checker) reportFix(fixes []analysis.SuggestedFix, id string, n ast.Node, format string, args ...any) {
	k := reportKey{id, n.Pos()}
	if c.reported[k] {
		return
	}
	c.reported[k] = true
	c.r.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: id, Message: fmt.Sprintf(format, args...), SuggestedFixes: fixes})
}

func (c *checker) function(body ast.Node, feedsGrant bool) {
	f := &function{checker: c, info: c.pass.TypesInfo, body: body, consumed: map[ast.Node]bool{}, feedsGrant: feedsGrant}
	f.ev = timeexpr.New(f.info, body)
	// Signing calls first: they see whole claim sets.
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if s, ok := f.signed(call); ok {
			for _, site := range s.sites {
				f.consumed[site.Node] = true
			}
			f.check(s, true)
		}
		return true
	})
	// esign's JWTConfig.Credential sends its first argument as sub.
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && match.IsCallTo(f.info, call, knowledge.EsignCredential) && len(call.Args) > 0 {
			f.checkSub(call.Args[0], call.Args[0])
		}
		return true
	})
	// Then claims that reach no signing call in this function (built in a
	// helper, returned, stored): their values can still be checked.
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if match.IsType(match.TypeOf(f.info, n), knowledge.XJWTConfig) {
				f.oauth2Config(n)
				return true
			}
			if f.consumed[n] {
				return true
			}
			if !claimsType(match.TypeOf(f.info, n)) {
				f.taggedOrphan(n)
				return true
			}
			f.consumed[n] = true
			f.orphans(n)
		case *ast.CallExpr:
			if !f.builderChain(n) {
				f.orphans(n)
			}
		case *ast.AssignStmt:
			f.orphans(n)
		}
		return true
	})
}

// signed recognises a call that signs claims and returns the claim set it
// signs.
func (f *function) signed(call *ast.CallExpr) (*claimSet, bool) {
	s := &claimSet{complete: true, library: true, seen: map[types.Object]bool{}}
	switch {
	case match.IsCallTo(f.info, call, claims.NewWithClaims...) && len(call.Args) >= 2:
		f.collect(call.Args[1], f.signPos(call), s)
		s.setAnchor(call.Fun)
		s.hmac = match.IsType(match.TypeOf(f.info, call.Args[0]), claims.HMACMethods...)
	case match.IsCallTo(f.info, call, claims.SignedString...):
		method, value, only, ok := f.assignedClaims(call)
		if !ok {
			return nil, false
		}
		f.collect(value, call.Pos(), s)
		s.complete = s.complete && only
		s.setAnchor(call.Fun)
		s.hmac = match.IsType(match.TypeOf(f.info, method), claims.HMACMethods...)
	case match.IsCallTo(f.info, call, claims.TokenSign...) && len(call.Args) >= 1:
		f.collect(call.Args[0], call.Pos(), s)
		s.setAnchor(call.Fun)
	case match.IsCallTo(f.info, call, claims.Marshal...) && len(call.Args) == 1:
		// A hand-rolled assertion: the claims are serialised, then signed
		// with crypto/rsa. Only plain maps and structs are followed.
		if !handRolled(match.TypeOf(f.info, call.Args[0])) {
			return nil, false
		}
		s.library = false
		f.collect(call.Args[0], call.Pos(), s)
	default:
		args, complete, ok := claims.JoseSigned(f.info, call)
		if !ok {
			return nil, false
		}
		s.complete = complete && len(args) > 0
		for _, a := range args {
			f.collect(a, call.Pos(), s)
		}
		s.setAnchor(call.Fun)
	}
	return s, true
}

// assignedClaims recognises tok.SignedString(key) on a token made by
// jwt.New(method) in this function whose Claims field is then assigned
// (tok.Claims = jwt.MapClaims{...}): it returns the method, the last claims
// assigned before the call, and whether those are the only other uses of
// the token (else claims may be added through it, tok.Claims.(jwt.MapClaims)["exp"] = ...).
func (f *function) assignedClaims(call *ast.CallExpr) (method, value ast.Expr, only, ok bool) {
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !isSel {
		return nil, nil, false, false
	}
	id, isID := ast.Unparen(sel.X).(*ast.Ident)
	tok, isVar := f.info.Uses[id].(*types.Var)
	if !isID || !isVar {
		return nil, nil, false, false
	}
	uses := 0
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if f.info.Uses[n] == tok && n.Pos() < call.Pos() {
				uses++
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != 1 || len(n.Rhs) != 1 || n.Pos() >= call.Pos() {
				return true
			}
			if lhs, ok := n.Lhs[0].(*ast.Ident); ok && f.info.ObjectOf(lhs) == tok {
				if c, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok && match.IsCallTo(f.info, c, claims.New...) && len(c.Args) > 0 {
					method = c.Args[0]
				}
			}
			if lhs, ok := n.Lhs[0].(*ast.SelectorExpr); ok && lhs.Sel.Name == "Claims" && f.rootIs(lhs.X, tok) {
				value = n.Rhs[0]
			}
		}
		return true
	})
	// The definition, the Claims assignment (and an optional := re-use).
	return method, value, uses <= 1, method != nil && value != nil
}

// signPos returns where the token built by a NewWithClaims call is signed:
// the later tok.SignedString call when the token is kept in a local
// variable, else the call itself.
func (f *function) signPos(call *ast.CallExpr) token.Pos {
	pos := call.Pos()
	var tok types.Object
	ast.Inspect(f.body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == call {
			if id, ok := as.Lhs[0].(*ast.Ident); ok {
				tok = f.info.ObjectOf(id)
			}
		}
		return tok == nil
	})
	if tok == nil {
		return pos
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || c.Pos() <= pos || !match.IsCallTo(f.info, c, claims.SignedString...) {
			return true
		}
		if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && f.info.Uses[id] == tok && pos == call.Pos() {
				pos = c.Pos() // the first SignedString after the token is made
			}
		}
		return true
	})
	return pos
}

// orphans checks the values of the claims n sets that no signing call in
// this function consumed.
func (f *function) orphans(n ast.Node) {
	var sites []claims.Site
	for _, s := range claims.Sites(f.info, n) {
		if s.Owner != knowledge.XJWTConfig && !f.consumed[s.Node] {
			f.consumed[s.Node] = true
			sites = append(sites, s)
		}
	}
	if len(sites) > 0 {
		f.check(&claimSet{sites: sites}, false)
	}
}

// builderChain checks a jwx builder call that reaches no signing call in
// this function (the token is built here and signed by a helper) as one
// claim set, collected as a signing call would collect it: the whole chain
// and the builder variable it starts from, so that its aud and scope
// attribute the claims. It reports whether call is a builder call; the
// calls inside a chain already checked have no claim left to check.
func (f *function) builderChain(call *ast.CallExpr) bool {
	fn := match.Callee(f.info, call)
	if fn == nil || !isRecv(fn, claims.BuilderTypes) {
		return false
	}
	s := &claimSet{library: true, seen: map[types.Object]bool{}}
	f.collect(call, call.End(), s)
	fresh := false
	for _, site := range s.sites {
		fresh = fresh || !f.consumed[site.Node]
		f.consumed[site.Node] = true
	}
	if fresh {
		f.check(s, false)
	}
	return true
}

// taggedOrphan checks a json-tagged struct literal shaped like an assertion
// (claims.TaggedSites) that reaches no signing call in this function: it is
// marshalled and signed by a helper of the application (signJWS(key, c)).
// Its own claims must show DocuSign (claimSet.fixed), and its value must
// only be handed to calls (passedOn): embedded in another struct it may
// gain the claims its type lacks.
func (f *function) taggedOrphan(lit *ast.CompositeLit) {
	sites, ok := claims.TaggedSites(f.info, lit)
	if !ok || len(sites) == 0 || !f.passedOn(lit) {
		return
	}
	f.consumed[lit] = true
	for _, site := range sites {
		f.consumed[site.Node] = true
	}
	f.check(&claimSet{sites: sites, anchor: match.LitAnchor(lit), fixed: match.TypeOf(f.info, lit)}, false)
}

// passedOn reports whether the value of lit only reaches calls as an
// argument, one of which may sign it (maySign): lit is one
// (signJWS(key, claims{...})), or it defines a local variable each other
// use of which is an argument or selects a field.
func (f *function) passedOn(lit *ast.CompositeLit) bool {
	var v *types.Var
	direct := false
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			for i, a := range n.Args {
				direct = direct || match.Unaddr(a) == lit && f.maySign(n, i)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					if id, ok := n.Lhs[i].(*ast.Ident); ok && match.Unaddr(rhs) == lit {
						v, _ = f.info.ObjectOf(id).(*types.Var)
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, val := range n.Values {
					if match.Unaddr(val) == lit {
						v, _ = f.info.Defs[n.Names[i]].(*types.Var)
					}
				}
			}
		}
		return !direct
	})
	if direct || v == nil {
		return direct
	}
	uses, passed, signed := 0, 0, false
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if f.info.Uses[n] == v {
				uses++
			}
		case *ast.CallExpr:
			for i, a := range n.Args {
				if f.isVar(match.Unaddr(a), v) {
					passed++
					signed = signed || f.maySign(n, i)
				}
			}
		case *ast.SelectorExpr:
			if f.isVar(n.X, v) {
				passed++
			}
		}
		return true
	})
	return uses == passed && signed
}

// maySign reports whether call may sign its i'th argument as JWT claims:
// it calls a function of the package (the application's signJWS), a
// function value or an interface method, none of which is known here, or
// a function of another package that does (a SignsClaims fact). The other
// functions of other packages (a webhook's HMAC, fmt.Println) sign
// nothing.
func (f *function) maySign(call *ast.CallExpr, i int) bool {
	fn := match.Callee(f.info, call)
	if fn == nil || fn.Pkg() == f.pass.Pkg {
		return true
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return true
	}
	return f.signers.signsArg(fn, i)
}
