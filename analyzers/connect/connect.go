package connect

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
)

// Analyzer is the connect analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a connect analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		Name:     "connect",
		Summary:  "connect: find DocuSign Connect webhook listeners that compare the X-DocuSign-Signature HMAC in variable time, compute it wrongly, hardcode its key, or never verify it",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      run,
	}, cfg)
}

const forged = "forged Connect webhook accepted"

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	if !match.ImportsAny(pass.Pkg, "net/http") {
		return nil, nil // no request header to read, no handler to serve
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
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
					Message:        "Connect signature compared with " + c.op + ", not in constant time: the timing leak gets a " + forged + "; use hmac.Equal",
					SuggestedFixes: constantTimeFix(pass, c),
				})
			}
			checkMACs(pass, ix, c, once)
		}
	}
	return nil, nil
}

// checkMACs reports, for each HMAC whose value is compared with the
// signature, a hash other than SHA-256 or data that is a re-encoding of the
// decoded message (DS802), and a hardcoded key (DS803).
func checkMACs(pass *analysis.Pass, ix *index, c comparison, once onceReporter) {
	for _, site := range ix.macs(c.other) {
		if fn := ix.wrongHash(site); fn != nil {
			once.reportf("DS802", site.call.Args[0], "HMAC with %s.%s, but DocuSign signs Connect messages with HMAC-SHA256 (sha256.New): the signature never matches, so every Connect message is rejected", fn.Pkg().Name(), fn.Name())
		}
		for _, enc := range ix.reencoded(site) {
			fn := match.Callee(pass.TypesInfo, enc)
			once.reportf("DS802", enc.Fun, "HMAC over the output of %s.%s, not the raw request body: the bytes differ from those DocuSign signed, so genuine Connect messages are rejected; compute it over the body as read", fn.Pkg().Name(), fn.Name())
		}
		for _, k := range ix.keys(site) {
			once.reportf("DS803", k.at, "%s", keyMessage(pass.TypesInfo, k))
		}
	}
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
