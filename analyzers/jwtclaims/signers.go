package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/claims"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// SignsClaims is the fact exported for a function or method that signs the
// values of its parameters Params as the claims of a JWT: it hands one to a
// JWT library's signing call (jwt.NewWithClaims(m, claims), go-jose's
// Claims(claims)), serialises one with encoding/json and signs with a JWT
// library or a private key (jws.Sign, rsa.SignPKCS1v15), or passes one to
// such a function. A json-tagged struct literal handed to it from another
// package is judged as one handed to the package's own signJWS.
type SignsClaims struct {
	Params []int // indices among the parameters (the receiver not counted), ascending
}

// AFact marks SignsClaims as an analysis.Fact.
func (*SignsClaims) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *SignsClaims) String() string {
	nums := make([]string, len(f.Params))
	for i, p := range f.Params {
		nums[i] = strconv.Itoa(p)
	}
	return "signs parameter " + strings.Join(nums, ", ") + " as JWT claims"
}

// Signers is the package fact of a package that declares exported
// functions with a SignsClaims fact, named in Funcs: only a package that
// imports one looks for calls of them, so the others stop at the fast path
// after a look at their imports. (A signer called as a method of a value
// whose package is not imported is not looked for.)
type Signers struct {
	Funcs []string // in source order: Sign, (*Signer).Sign
}

// AFact marks Signers as an analysis.Fact.
func (*Signers) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *Signers) String() string {
	return "declares JWT claim signers: " + strings.Join(f.Funcs, ", ")
}

// signers knows which functions sign which of their parameters as JWT
// claims: the package's own (summarised here) and those of other packages
// (their SignsClaims facts).
type signers struct {
	pass *analysis.Pass
	own  map[*types.Func][]int
}

// signsArg reports whether fn signs its i'th argument as JWT claims.
func (s *signers) signsArg(fn *types.Func, i int) bool {
	params := s.params(fn)
	if len(params) == 0 {
		return false
	}
	if sig := fn.Type().(*types.Signature); sig.Variadic() && i >= sig.Params().Len()-1 {
		i = sig.Params().Len() - 1
	}
	return slices.Contains(params, i)
}

// params returns the indices of the parameters fn signs as JWT claims.
func (s *signers) params(fn *types.Func) []int {
	if fn == nil {
		return nil
	}
	if fn.Pkg() == s.pass.Pkg {
		return s.own[fn]
	}
	var f SignsClaims
	if s.pass.ImportObjectFact(fn.Origin(), &f) {
		return f.Params
	}
	return nil
}

// callsImported reports whether a call in the files in scope invokes a
// function of another package that signs one of its arguments as JWT
// claims (a SignsClaims fact): the package's tagged struct literals may
// then be assertions although it imports no JWT library. Only a package
// that imports one declaring such functions (a Signers fact) has its calls
// looked at.
func (s *signers) callsImported(insp *inspector.Inspector, r *report.Reporter) bool {
	if !slices.ContainsFunc(s.pass.Pkg.Imports(), func(p *types.Package) bool { return s.pass.ImportPackageFact(p, new(Signers)) }) {
		return false
	}
	for n := range insp.PreorderSeq((*ast.CallExpr)(nil)) {
		fn := match.Callee(s.pass.TypesInfo, n.(*ast.CallExpr))
		if fn != nil && fn.Pkg() != s.pass.Pkg && len(s.params(fn)) > 0 && r.InScope(n.Pos()) {
			return true
		}
	}
	return false
}

// summary is what one function of the package does with its parameters.
type summary struct {
	fn     *types.Func
	signed []int       // parameters handed to a signing call, or to a signer of another package
	json   []int       // parameters serialised with encoding/json
	signs  bool        // it signs a JWT or JWS itself (claims.Use)
	calls  []localCall // calls of the package's own functions
}

// localCall is a call of a function of the package, with the parameter of
// the caller each argument is (-1 for none).
type localCall struct {
	fn   *types.Func
	args []int
}

// summarise computes s.own for the functions declared in the files in
// scope and exports a SignsClaims fact for each exported one that signs a
// parameter (and a Signers fact if one does). A function signs the
// parameters it hands to a signing call or to a signer, and those it
// serialises when it, or a function of the package it calls, signs a JWT
// (a hand-rolled one: json.Marshal, then rsa.SignPKCS1v15).
func (s *signers) summarise(insp *inspector.Inspector, r *report.Reporter) {
	info := s.pass.TypesInfo
	var sums []*summary
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		fd := cur.Node().(*ast.FuncDecl)
		if fd.Body == nil || !r.InScope(fd.Pos()) {
			continue
		}
		if fn, _ := info.Defs[fd.Name].(*types.Func); fn != nil {
			sums = append(sums, s.summary(cur, fn))
		}
	}
	// Each round adds what the functions learnt of the ones they call in
	// the last: the sets only grow, so at most one round per function.
	signs := map[*types.Func]bool{}
	for more := true; more; {
		more = false
		for _, sum := range sums {
			if !signs[sum.fn] && (sum.signs || slices.ContainsFunc(sum.calls, func(c localCall) bool { return signs[c.fn] })) {
				signs[sum.fn], more = true, true
			}
			params := slices.Clone(sum.signed)
			if signs[sum.fn] {
				params = append(params, sum.json...)
			}
			for _, c := range sum.calls {
				for i, p := range c.args {
					if p >= 0 && s.signsArg(c.fn, i) {
						params = append(params, p)
					}
				}
			}
			slices.Sort(params)
			params = slices.Compact(params)
			if len(params) > len(s.own[sum.fn]) {
				s.own[sum.fn], more = params, true
			}
		}
	}
	var names []string
	for _, sum := range sums {
		if params := s.own[sum.fn]; len(params) > 0 && sum.fn.Exported() {
			s.pass.ExportObjectFact(sum.fn, &SignsClaims{Params: params})
			names = append(names, shortName(sum.fn))
		}
	}
	if len(names) > 0 {
		s.pass.ExportPackageFact(&Signers{Funcs: names})
	}
}

// shortName is fn's name in its package: Sign, (*Signer).Sign.
func shortName(fn *types.Func) string {
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		return "(" + types.TypeString(recv.Type(), types.RelativeTo(fn.Pkg())) + ")." + fn.Name()
	}
	return fn.Name()
}

// summary records what the function declared at decl does with its
// parameters.
func (s *signers) summary(decl inspector.Cursor, fn *types.Func) *summary {
	info := s.pass.TypesInfo
	sum := &summary{fn: fn}
	sig := fn.Type().(*types.Signature)
	param := func(e ast.Expr) int { return paramOf(info, sig, e) }
	for cur := range decl.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		use := claims.CallUse(info, call)
		for _, a := range use.Claims {
			if p := param(a); p >= 0 {
				sum.signed = append(sum.signed, p)
			}
		}
		if use.Marshals != nil {
			if p := param(use.Marshals); p >= 0 {
				sum.json = append(sum.json, p)
			}
		}
		sum.signs = sum.signs || use.Signs
		callee := match.Callee(info, call)
		switch {
		case callee == nil:
		case callee.Pkg() == s.pass.Pkg:
			c := localCall{fn: callee}
			for _, a := range call.Args {
				c.args = append(c.args, param(a))
			}
			sum.calls = append(sum.calls, c)
		default:
			for i, a := range call.Args {
				if p := param(a); p >= 0 && s.signsArg(callee, i) {
					sum.signed = append(sum.signed, p)
				}
			}
		}
	}
	return sum
}

// paramOf returns the index of the parameter of sig that e is (also
// converted, asserted or addressed: jwt.MapClaims(m), c.(jwt.Claims), &c),
// or -1.
func paramOf(info *types.Info, sig *types.Signature, e ast.Expr) int {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return -1
			}
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; !ok || !tv.IsType() || len(x.Args) != 1 {
				return -1
			}
			e = x.Args[0]
		case *ast.Ident:
			v, _ := info.Uses[x].(*types.Var)
			for i := range sig.Params().Len() {
				if v != nil && sig.Params().At(i) == v {
					return i
				}
			}
			return -1
		default:
			return -1
		}
	}
}
