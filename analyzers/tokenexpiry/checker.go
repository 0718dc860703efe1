package tokenexpiry

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/fixpoint"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// src describes a DocuSign access token value: the grant that issued it and
// where it was obtained.
type src struct {
	grant docusign.Grant
	at    ssa.Value // the call or field read that obtained it
}

// checker holds the per-package state.
type checker struct {
	pass    *analysis.Pass
	r       *report.Reporter
	ssa     *ssa.Package
	funcs   []*ssa.Function                       // every function of the package, closures included
	isDS    bool                                  // the package is demonstrably about DocuSign
	legacy  bool                                  // its decoded tokens come from the legacy password grant
	grant   docusign.Grant                        // grant guessed from grant_type literals
	tokens  *fixpoint.Solver[ssa.Value, src]      // token, solved over cycles of phis and recursive calls
	params  *fixpoint.Solver[*ssa.Parameter, int] // paramFlow
	evid    *fixpoint.Solver[*ssa.Function, bool] // checked, without the enclosing functions
	once    map[*ssa.Function]string
	calls   map[token.Pos]*ast.CallExpr
	holders map[types.Object]bool  // OAuth config holders: only other providers' configs?
	foreign map[*ssa.Function]bool // top-level functions that talk to another service only
	locs    map[any]*location
	// expiries are the fields and package variables stored from an expiry value
	expiries map[types.Object]bool
	uses     map[*types.Func]int                      // uses of each function in the package (onlyCalled)
	callees  map[*types.Func]int                      // calls of each function in the package (onlyCalled)
	wrappers *fixpoint.Solver[*ssa.Function, wrapper] // staticHelper, solved over wrappers of wrappers
	// fieldStores are the values the package stores into each field (keptToken)
	fieldStores map[*types.Var][]ssa.Value
}

func newChecker(pass *analysis.Pass, r *report.Reporter, isDS bool) (*checker, error) {
	pkg, err := buildSSA(pass)
	if err != nil {
		return nil, err
	}
	c := &checker{pass: pass, r: r, ssa: pkg, isDS: isDS, foreign: map[*ssa.Function]bool{}}
	c.tokens = fixpoint.New(src{}, c.tokenSummary)
	c.params = fixpoint.New(flowNone, func(p *ssa.Parameter) int { return c.flow(p) })
	c.evid = fixpoint.New(false, c.evidence)
	c.wrappers = fixpoint.New(wrapper{}, c.wrapperSummary)
	c.grant, c.legacy = grants(pass, isDS)
	seen := map[*ssa.Function]bool{}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || seen[fn] || fn.Pkg != pkg || len(fn.Blocks) == 0 {
			return
		}
		seen[fn] = true
		c.funcs = append(c.funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if obj, ok := pass.TypesInfo.Defs[declName(d)].(*types.Func); ok {
				add(pkg.Prog.FuncValue(obj))
			}
		}
	}
	add(pkg.Func("init"))
	for _, fn := range pkg.Func("init").AnonFuncs {
		add(fn)
	}
	return c, nil
}

func declName(d ast.Decl) *ast.Ident {
	if fd, ok := d.(*ast.FuncDecl); ok {
		return fd.Name
	}
	return nil
}

// rangeOf returns the range to report a value at: the callee of a call,
// the selector or identifier of a read.
func (c *checker) rangeOf(v ssa.Value) analysis.Range {
	e := c.exprOf(v)
	if call, ok := v.(*ssa.Call); ok {
		e = c.callExpr(call.Pos())
	}
	if call, ok := e.(*ast.CallExpr); ok {
		e = call.Fun
		if sel, ok := e.(*ast.SelectorExpr); ok {
			if _, isPkg := c.pass.TypesInfo.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
				e = sel.Sel
			}
		}
	}
	if e == nil {
		return match.Span(v.Pos(), v.Pos())
	}
	return match.Span(e.Pos(), e.End())
}

// exprOf returns the source expression whose value v is, found from the
// position SSA gives v, or nil. SSA is built without debug information
// (a DebugRef instruction for every expression of every function, for the few
// values a finding names), so the expression is looked up by the position
// conventions of go/ssa: a load or field read is at the identifier or the
// selector's Sel, a map lookup at its '[', a dereference at its '*', an
// allocated composite literal at its '{' (reported with its '&').
func (c *checker) exprOf(v ssa.Value) ast.Expr {
	pos := v.Pos()
	if !pos.IsValid() {
		return nil
	}
	var file *ast.File
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, pos)
	if len(path) == 0 {
		return nil
	}
	outer := func(i int) ast.Node { // the node enclosing path[i], past parentheses
		for i++; i < len(path); i++ {
			if _, ok := path[i].(*ast.ParenExpr); !ok {
				return path[i]
			}
		}
		return nil
	}
	switch n := path[0].(type) {
	case *ast.Ident:
		if n.Pos() != pos {
			return nil
		}
		if sel, ok := outer(0).(*ast.SelectorExpr); ok && sel.Sel == n {
			return sel // a field read or a qualified identifier
		}
		return n
	case *ast.IndexExpr:
		if n.Lbrack == pos {
			return n
		}
	case *ast.StarExpr:
		if n.Star == pos {
			return n
		}
	case *ast.CompositeLit:
		if n.Lbrace != pos {
			return nil
		}
		if u, ok := outer(0).(*ast.UnaryExpr); ok && u.Op == token.AND {
			return u
		}
		return n
	}
	return nil
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// callExpr returns the call expression whose opening parenthesis is at
// lparen (the position SSA gives a call).
func (c *checker) callExpr(lparen token.Pos) *ast.CallExpr {
	if c.calls == nil {
		c.calls = map[token.Pos]*ast.CallExpr{}
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					c.calls[call.Lparen] = call
				}
				return true
			})
		}
	}
	return c.calls[lparen]
}

// origin is where a token was obtained, as related information for a
// finding: the call ("the token comes from (*oauth2.Config).Exchange here")
// or the response field read.
func (c *checker) origin(s *src) []analysis.RelatedInformation {
	if s == nil || s.at == nil {
		return nil
	}
	msg := "the token comes from a token response read here"
	if call, ok := s.at.(*ssa.Call); ok {
		if _, fn := calleeOf(call.Common()); fn != nil {
			msg = "the token comes from " + shortName(fn) + " here"
		}
	}
	return []analysis.RelatedInformation{{Pos: s.at.Pos(), Message: msg}}
}

// shortName is a function's name qualified by package names, not paths:
// (*oauth2.Config).Exchange, dsauth.Login.
func shortName(fn *types.Func) string {
	qual := func(p *types.Package) string { return p.Name() }
	if recv := fn.Signature().Recv(); recv != nil {
		return "(" + types.TypeString(recv.Type(), qual) + ")." + fn.Name()
	}
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// callInstrs yields the call instructions of every function of the package.
func (c *checker) callInstrs() iter.Seq[*ssa.Call] {
	return func(yield func(*ssa.Call) bool) {
		for _, fn := range c.funcs {
			for _, b := range fn.Blocks {
				for _, in := range b.Instrs {
					if call, ok := in.(*ssa.Call); ok && !yield(call) {
						return
					}
				}
			}
		}
	}
}
