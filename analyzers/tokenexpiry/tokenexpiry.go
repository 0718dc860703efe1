package tokenexpiry

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
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

// Analyzer is the tokenexpiry analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a tokenexpiry analyzer that reads cfg.
//
// The analyzer deliberately does not require buildssa: it exports facts, so
// it runs on every dependency, and SSA is built only for the few packages
// that pass the fast path (see buildSSA).
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		Name:      "tokenexpiry",
		Doc:       analysisdoc.MustExtract(doc, "tokenexpiry"),
		Requires:  []*analysis.Analyzer{inspect.Analyzer, values.Analyzer},
		FactTypes: []analysis.Fact{new(TokenFunc), new(SourceFunc), new(ExpiryCheck), new(Container), new(StaticFunc), new(Setter)},
		Run:       run,
	}, cfg)
}

// NewLocal returns a tokenexpiry analyzer without the TokenFunc fact. A
// driver that loads packages itself (dslint standalone, go/packages) then
// needs no syntax for dependencies, which makes a run an order of magnitude
// cheaper, at the price of not knowing tokens returned by functions of
// other packages (nor the string lists of values.Analyzer's facts). Under
// go vet and nogo, facts cost much less; use New.
func NewLocal(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{Name: "tokenexpiry", Doc: analysisdoc.MustExtract(doc, "tokenexpiry"), Requires: []*analysis.Analyzer{inspect.Analyzer}, Run: run}, cfg)
}

// usesFacts reports whether the running analyzer has the TokenFunc fact.
func usesFacts(pass *analysis.Pass) bool { return len(pass.Analyzer.FactTypes) > 0 }

// TokenFunc is the fact exported for a function or method that returns a
// DocuSign access token (an *oauth2.Token or the access token string) as
// its Result'th result, so that callers in other packages know it.
type TokenFunc struct {
	Result int            // index of the token result
	Grant  docusign.Grant // which grant issued it, when known
}

// AFact marks TokenFunc as an analysis.Fact.
func (*TokenFunc) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *TokenFunc) String() string {
	return fmt.Sprintf("returns DocuSign token (result %d, %s)", f.Result, f.Grant)
}

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	isDS, ok := relevant(pass)
	if !ok {
		return nil, nil
	}
	c, err := newChecker(pass, r, isDS)
	if err != nil {
		return nil, err
	}
	c.exportFacts()
	if len(r.Files()) == 0 || !r.Config().AnalyzerChecked("tokenexpiry") {
		return nil, nil
	}
	c.checkOnce()     // DS502
	c.checkStatic()   // DS503
	c.checkReads()    // DS501
	c.checkSetters()  // DS501 at another package's setter
	c.checkLiterals() // DS504
	return nil, nil
}

// relevant is the fast path, run before any SSA is built: the package
// imports a package that exports a token-returning function (facts), or it
// is demonstrably about DocuSign (isDS) and can obtain or wrap a token at
// all, or (with facts) it declares what another package's findings need
// a summary of: a predicate over a token, a generic container, a setter.
// Packages that merely use x/oauth2 with another provider stop here:
// without DocuSign evidence none of their tokens is a source.
func relevant(pass *analysis.Pass) (isDS, ok bool) {
	if len(pass.Files) == 0 || match.FilesInGoroot(pass.Fset, pass.Files) {
		return false, false // the standard library never talks to DocuSign
	}
	isDS = docusignPackage(pass)
	if usesFacts(pass) {
		for _, f := range pass.AllObjectFacts() {
			if f.Object.Pkg() != nil && imports(pass.Pkg, f.Object.Pkg()) {
				return isDS, true
			}
		}
	}
	return isDS, isDS && hasSource(pass) || usesFacts(pass) && (declaresSummaries(pass) || declaresSetter(pass))
}

// declaresSummaries reports whether the package declares an exported bool
// function over a token (an ExpiryCheck candidate: tokenutil.Fresh) or an
// exported method of a generic type (a Container candidate: Memo[K, V].Put).
func declaresSummaries(pass *analysis.Pass) bool {
	for _, obj := range pass.TypesInfo.Defs {
		if fn, ok := obj.(*types.Func); ok && fn.Exported() && (predicate(fn.Signature()) || fn.Signature().RecvTypeParams().Len() > 0) {
			return true
		}
	}
	return false
}

// hasSource reports whether the package can obtain or wrap a token at all:
// it mentions "access_token" in a literal or tag, uses a token call, a
// static source, or a function with a TokenFunc fact, or (with facts) it
// declares a function returning a token source or config. Library packages that
// merely import x/oauth2 or esign (esign's generated API packages) stop here.
func hasSource(pass *analysis.Pass) bool {
	for n := range pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).PreorderSeq((*ast.BasicLit)(nil)) {
		if lit := n.(*ast.BasicLit); lit.Kind == token.STRING && strings.Contains(lit.Value, "access_token") {
			return true
		}
	}
	for _, sel := range pass.TypesInfo.Selections {
		if f, ok := sel.Obj().(*types.Var); ok && sel.Kind() == types.FieldVal && jsonName(sel.Recv(), f) == "access_token" {
			return true // a token response type declared in another package
		}
	}
	if usesFacts(pass) && makesSources(pass) {
		return true
	}
	var fact TokenFunc
	for _, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
			continue
		}
		name := match.FuncName(fn)
		if _, ok := knowledge.TokenCalls[name]; ok {
			return true
		}
		if _, ok := knowledge.StaticSources[name]; ok || usesFacts(pass) && pass.ImportObjectFact(fn, &fact) {
			return true
		}
	}
	return false
}

// makesSources reports whether the package declares a function that returns
// a token source or OAuth config: a SourceFunc candidate.
func makesSources(pass *analysis.Pass) bool {
	for _, obj := range pass.TypesInfo.Defs {
		if fn, ok := obj.(*types.Func); ok {
			res := fn.Type().(*types.Signature).Results()
			for i := range res.Len() {
				if isSourceResult(res.At(i).Type()) {
					return true
				}
			}
		}
	}
	return false
}

func imports(pkg, dep *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp == dep {
			return true
		}
	}
	return false
}

// docusignPackage reports whether the package is demonstrably about
// DocuSign: a DocuSign library import, a DocuSign host in a literal or in a
// constant declared elsewhere.
func docusignPackage(pass *analysis.Pass) bool {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if match.ImportsAny(pass.Pkg, knowledge.DocuSignLibraries...) || evidence.Literals(ins, func(token.Pos) bool { return true }) {
		return true // evidence.Package over the shared inspector
	}
	for _, obj := range pass.TypesInfo.Uses {
		if c, ok := obj.(*types.Const); ok && c.Pkg() != pass.Pkg {
			if s := c.Val().ExactString(); docusign.MaybeMentions(s) && len(docusign.FindHosts(s)) > 0 {
				return true
			}
		}
	}
	return false
}

// grants reads the grant of hand-rolled token requests from the string
// literals of the package (evidence.Grants: the jwt-bearer grant type or
// grant_type=authorization_code decides the lifetime of decoded tokens), and legacy is set when the only
// DocuSign token endpoint is the legacy password grant's /oauth2/token: its
// tokens are not OAuth tokens with the 1-hour/8-hour lifetimes (the endpoint
// itself is legacyauth's DS601).
func grants(pass *analysis.Pass, isDS bool) (g docusign.Grant, legacy bool) {
	var hand evidence.Grants
	oauth := false
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for n := range ins.PreorderSeq((*ast.BasicLit)(nil)) {
		if s, ok := match.String(pass.TypesInfo, n.(*ast.BasicLit)); ok {
			hand.Add(s)
			oauth = oauth || strings.Contains(s, docusign.TokenPath)
		}
	}
	if hand.JWT || hand.Code || oauth {
		return hand.Token(), false
	}
	return docusign.GrantUnknown, len(evidence.LegacyGrants(pass.TypesInfo, ins, func() bool { return isDS }, resolver(pass))) > 0
}

// resolver returns the package's value resolver: values.Analyzer's, which
// knows other packages' lists through facts, or (for NewLocal, which
// requires no analyzer with facts) one of the package alone.
func resolver(pass *analysis.Pass) func() *values.Resolver {
	if p, ok := pass.ResultOf[values.Analyzer].(*values.Package); ok {
		return p.Resolver
	}
	return values.Lazy(pass.TypesInfo, pass.Pkg, pass.Files)
}
