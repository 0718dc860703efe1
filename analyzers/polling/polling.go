package polling

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/timeexpr"
)

// Analyzer is the polling analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a polling analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		DocuSignOnly: true,
		Name:         "polling",
		Doc:          analysisdoc.MustExtract(doc, "polling"),
		Requires:     []*analysis.Analyzer{inspect.Analyzer},
		Run:          run,
	}, cfg)
}

const consequence = "(Go Live review rejects polling under 15 min)"

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	if !match.ImportsAny(pass.Pkg, "time") || !match.ReachesAny(pass.Pkg, knowledge.EnvelopePackages...) && !match.ImportsAny(pass.Pkg, "net/http") {
		return nil, nil
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{info: pass.TypesInfo, durs: timeexpr.NewDurations(pass.TypesInfo, pass.Files)}
	var requests []inspector.Cursor
	helpers := map[types.Object]bool{} // functions that request status once per call
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
		fn := outerBody(cur)
		if fn == nil || !c.statusRequest(fn, cur.Node().(*ast.CallExpr)) {
			continue
		}
		requests = append(requests, cur)
		if h := helper(pass.TypesInfo, cur); h != nil {
			helpers[h] = true
		}
	}
	if len(helpers) > 0 {
		for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
			if fn := match.Callee(pass.TypesInfo, cur.Node().(*ast.CallExpr)); fn != nil && helpers[fn] {
				requests = append(requests, cur)
			}
		}
	}
	for _, cur := range requests {
		call := cur.Node().(*ast.CallExpr)
		if !r.InScope(call.Pos()) {
			continue
		}
		if d, ok := c.pollInterval(outerBody(cur), cur); ok {
			if d.Growing {
				r.Reportf("DS701", call, "envelope status polled every %s at first by a backoff %s", format(d.D), consequence)
			} else {
				r.Reportf("DS701", call, "envelope status polled every %s %s", format(d.D), consequence)
			}
		}
	}
	return nil, nil
}

// helper returns the function declared around the status request at cur
// when the request is outside any loop and closure of it: each call of the
// function requests the status once (c.status(ctx, id) in a poll loop).
func helper(info *types.Info, cur inspector.Cursor) types.Object {
	for n := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		if fd, ok := n.Node().(*ast.FuncDecl); ok {
			return info.Defs[fd.Name]
		}
		return nil
	}
	return nil
}
