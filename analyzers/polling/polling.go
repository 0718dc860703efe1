package polling

import (
	"go/ast"
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/evidence"
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
		FactTypes:    []analysis.Fact{new(StatusFunc)},
		Run:          run,
	}, cfg)
}

const consequence = "(Go Live review rejects polling under 15 min)"

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	if match.FilesInGoroot(pass.Fset, pass.Files) {
		return nil, nil // the analyzer has facts, so it runs on std too: no DocuSign request there
	}
	// Fast path: a request is esign's envelope status call, a call of a
	// helper with a StatusFunc fact, or a GET with net/http of a URL that
	// names the envelopes segment (in a literal or an imported constant).
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !match.ReachesAny(pass.Pkg, knowledge.EnvelopePackages...) && !report.UsesFactObjects(pass) &&
		!(match.ImportsAny(pass.Pkg, "net/http") && evidence.EnvelopePathPossible(pass.Pkg, insp)) {
		return nil, nil
	}
	c := &checker{
		info:     pass.TypesInfo,
		durs:     timeexpr.NewDurations(pass.TypesInfo, pass.Files),
		docuSign: sync.OnceValue(func() bool { return evidence.Package(pass.Pkg, insp, r.InScope) }),
		funcs:    match.FuncDecls(pass.TypesInfo, pass.Files),
		wrappers: map[*types.Func][]*ast.CallExpr{},
	}
	requests, helpers := c.requests(pass, insp)
	exportFacts(pass, helpers)
	if !match.ImportsAny(pass.Pkg, "time") {
		return nil, nil // nothing waits between two requests
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

// requests returns the envelope status requests of the package: the
// requests themselves, and the calls of functions that make one per call
// (helpers), of this package or another (a StatusFunc fact). A function
// calling a helper outside any loop is a helper too. helpers are the
// package's, in the order they are found, with the request each makes.
func (c *checker) requests(pass *analysis.Pass, insp *inspector.Inspector) (requests []inspector.Cursor, helpers []helperFunc) {
	makes := map[*types.Func]string{} // helper -> the request it makes
	found := map[*ast.CallExpr]bool{}
	// Each round adds the helpers calling the last round's: at most one
	// round per function of the package, usually two.
	for more := true; more; {
		more = false
		for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			if found[call] {
				continue
			}
			callee := match.Callee(pass.TypesInfo, call)
			req, ok := makes[callee]
			if !ok {
				req, ok = statusFunc(pass, callee)
			}
			if !ok {
				if fn := outerBody(cur); fn == nil || !c.statusRequest(fn, call) && !c.wrapperRequest(fn, call) {
					continue
				}
				req = match.CalleeName(pass.TypesInfo, call)
			}
			found[call] = true
			requests = append(requests, cur)
			if h := helper(pass.TypesInfo, cur); h != nil {
				if _, known := makes[h]; !known {
					makes[h] = req
					helpers = append(helpers, helperFunc{h, req})
					more = true
				}
			}
		}
	}
	return requests, helpers
}

// helperFunc is a function of the package that requests envelope status
// once per call, and the request it makes.
type helperFunc struct {
	fn  *types.Func
	req string
}

// statusFunc returns the request fn, of another package, makes once per
// call, if it does.
func statusFunc(pass *analysis.Pass, fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == pass.Pkg {
		return "", false
	}
	var f StatusFunc
	if !pass.ImportObjectFact(fn.Origin(), &f) {
		return "", false
	}
	return f.Request, true
}

// exportFacts exports a StatusFunc fact for each exported helper.
func exportFacts(pass *analysis.Pass, helpers []helperFunc) {
	for _, h := range helpers {
		if h.fn.Exported() {
			pass.ExportObjectFact(h.fn, &StatusFunc{Request: h.req})
		}
	}
}

// StatusFunc is the fact exported for a function or method that requests
// envelope status once per call (on some path, outside any loop of its
// own): a loop around a call of it in another package is judged like a
// loop around the request.
type StatusFunc struct {
	Request string // the request it makes: an esign operation's Do, or the net/http call
}

// AFact marks StatusFunc as an analysis.Fact.
func (*StatusFunc) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *StatusFunc) String() string { return "requests envelope status: " + f.Request }

// helper returns the function declared around the status request at cur
// when the request is outside any loop and closure of it: each call of the
// function requests the status once (c.status(ctx, id) in a poll loop).
func helper(info *types.Info, cur inspector.Cursor) *types.Func {
	for n := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		if fd, ok := n.Node().(*ast.FuncDecl); ok {
			fn, _ := info.Defs[fd.Name].(*types.Func)
			return fn
		}
		return nil
	}
	return nil
}
