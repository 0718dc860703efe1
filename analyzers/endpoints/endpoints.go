package endpoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"sync"

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

// Analyzer is the endpoints analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns an endpoints analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		DocuSignOnly:     true,
		Name:             "endpoints",
		Doc:              analysisdoc.MustExtract(doc, "endpoints"),
		Requires:         []*analysis.Analyzer{inspect.Analyzer, values.Analyzer},
		RunDespiteErrors: true,
		Run:              run,
	}, cfg)
}

// mention is a DocuSign host named in a string literal.
type mention struct {
	lit  *ast.BasicLit
	cur  inspector.Cursor
	val  string // the literal's constant value
	host docusign.Mention
}

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	mentions, maybe := collect(pass.TypesInfo, insp, r)
	// The uses of constants are indexed when a rule needs them: in a
	// package that names no DocuSign host and builds no account path, none.
	idx := sync.OnceValue(func() constUses { return indexConstUses(pass.TypesInfo, insp) })
	hosts := maybe || evidence.ImportsEvidenceConst(pass.Pkg)
	var foreign []constUse
	if hosts {
		foreign = foreignConsts(pass, idx(), r)
	}
	vp := pass.ResultOf[values.Analyzer].(*values.Package)
	checkIDs(pass, insp, idx, vp.Resolver, r, hosts)
	esign := match.ImportsAny(pass.Pkg, knowledge.DocuSignLibraries...)
	if hosts || match.ReachesAny(pass.Pkg, knowledge.DocuSignLibraries...) || evidence.InFacts(vp) {
		checkMTLS(pass, insp, vp.Resolver, r) // a DocuSign URL, or esign's client
	}
	// Fast path: every DocuSign value these rules judge is a constant, and a
	// constant naming a DocuSign host has "docusign." in a literal of this
	// package or is another package's constant; esign's demo flags need
	// esign's types. Without any of them no rule can fire, and a large
	// generated package (an OAuth SDK) costs one pass over its literals.
	if maybe || len(foreign) > 0 {
		checkHosts(pass, insp, idx(), vp.Resolver, r, mentions, foreign)
		checkMixes(pass.TypesInfo, insp, r)
	}
	// An aud may name DocuSign's auth server only through a value of the
	// application's config package (values facts).
	if maybe || len(foreign) > 0 || evidence.InFacts(vp) {
		checkAudiences(pass.TypesInfo, insp, vp.Resolver, r)
	}
	if esign || match.ReachesAny(pass.Pkg, knowledge.DocuSignLibraries...) {
		checkDemoFlags(pass.TypesInfo, insp, r)
	}
	// Redirect URI rules are DocuSign's: in packages that name a DocuSign
	// host or use esign every redirect not demonstrably another provider's
	// is judged; where DocuSign values arrive only through values facts (an
	// auth host from the application's config package), only the
	// configurations and URLs attributed to DocuSign (evidence.Config).
	if own := len(mentions) > 0 || esign; own || evidence.InFacts(vp) {
		checkRedirects(pass.TypesInfo, insp, vp.Resolver, own, r)
	}
	return nil, nil
}

// collect returns the DocuSign hosts named in string literals of in-scope
// files, skipping import paths, struct tags and message text (log lines,
// errors, flag defaults and usage). The raw literal is tested
// with a cheap substring search before its value is decoded; maybe reports
// whether any string literal outside import paths and struct tags passed it.
func collect(info *types.Info, insp *inspector.Inspector, r *report.Reporter) (out []mention, maybe bool) {
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING || !docusign.MaybeMentions(lit.Value) {
			continue
		}
		if k := cur.ParentEdgeKind(); k == edge.ImportSpec_Path || k == edge.Field_Tag {
			continue
		}
		maybe = true
		if !r.InScope(lit.Pos()) || match.InMessage(info, cur) {
			continue // a log line or error naming a host neither uses nor switches it
		}
		tv, ok := info.Types[lit]
		if !ok || tv.Value == nil {
			continue
		}
		val := stringVal(tv)
		for _, h := range docusign.FindHosts(val) {
			out = append(out, mention{lit: lit, cur: cur, val: val, host: h})
		}
	}
	return out, maybe
}
