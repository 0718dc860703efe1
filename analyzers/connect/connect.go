package connect

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/evidence"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// Analyzer is the connect analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a connect analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		DocuSignOnly: true,
		Name:         "connect",
		Doc:          analysisdoc.MustExtract(doc, "connect"),
		Requires:     []*analysis.Analyzer{inspect.Analyzer},
		FactTypes:    []analysis.Fact{new(UnverifiedHandler), new(ServesUnverified)},
		Run:          run,
	}, cfg)
}

const forged = "forged webhook accepted"

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	if !servesHTTP(pass.Pkg) || match.FilesInGoroot(pass.Fset, pass.Files) {
		return nil, nil // no request header to read, no handler to serve; or std, which the facts make it run on
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !evidence.ConnectPossible(pass.Pkg, pass.TypesInfo, insp) && !report.UsesFactObjects(pass) {
		return nil, nil // no signature header to compare, no Connect message to decode
	}
	ix := newIndex(pass.TypesInfo, r.Files())
	sigs := findSignatures(ix)
	once := onceReporter{r: r, done: map[onceKey]bool{}}
	if r.Enabled("DS801") || r.Enabled("DS802") || r.Enabled("DS803") {
		for n := range insp.PreorderSeq((*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil)) {
			c, ok := sigs.compare(n)
			if !ok {
				continue
			}
			if !c.constant {
				r.Report(analysis.Diagnostic{
					Pos: c.node.Pos(), End: c.node.End(), Category: "DS801",
					Message:        "Connect signature compared with " + c.op + ", not in constant time (" + forged + ")",
					SuggestedFixes: constantTimeFix(pass, c),
				})
			}
			checkMACs(pass, ix, c, once)
		}
	}
	// The facts are exported whatever rules are enabled: another package
	// may enable DS804.
	h := newHandlers(pass.Fset, insp, ix, sigs)
	out, own := h.unverified(pass)
	for _, at := range out {
		r.Reportf("DS804", at, "Connect message decoded in a handler that never verifies its HMAC (%s)", forged)
	}
	h.routes(pass, own, func(at ast.Node, format string, args ...any) { r.Reportf("DS804", at, format, args...) })
	return nil, nil
}

// onceReporter reports a rule at a position once, however many paths lead
// there (a helper called from several listeners).
type onceReporter struct {
	r    *report.Reporter
	done map[onceKey]bool
}

type onceKey struct {
	id  string
	pos token.Pos
}

func (o onceReporter) reportf(id string, at ast.Node, format string, args ...any) {
	key := onceKey{id, at.Pos()}
	if o.done[key] {
		return
	}
	o.done[key] = true
	o.r.Reportf(id, at, format, args...)
}
