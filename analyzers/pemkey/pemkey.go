package pemkey

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/analysisdoc"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/report"
	"github.com/dslint/dslint/internal/values"
)

// Analyzer is the pemkey analyzer with default settings (for nogo and vet).
var Analyzer = New(nil)

// New returns a pemkey analyzer that reads cfg.
func New(cfg *config.Config) *analysis.Analyzer {
	return report.NewAnalyzer(report.Spec{
		Name:             "pemkey",
		Doc:              analysisdoc.MustExtract(doc, "pemkey"),
		Requires:         []*analysis.Analyzer{inspect.Analyzer, values.Analyzer},
		RunDespiteErrors: true,
		Run:              run,
	}, cfg)
}

func run(pass *analysis.Pass, r *report.Reporter) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	keys := r.Enabled("DS201") || r.Enabled("DS202")
	secrets := r.Enabled("DS203") && secretAPIs(pass)
	if keys {
		checkEmbeds(pass, r)
	}
	var filter []ast.Node
	if keys || r.Enabled("DS203") {
		filter = append(filter, (*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil))
	}
	if secrets {
		filter = append(filter, (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil))
	}
	if secrets || keys {
		filter = append(filter, (*ast.CallExpr)(nil))
	}
	if len(filter) == 0 {
		return nil, nil
	}
	k := &keyFinder{info: pass.TypesInfo, insp: insp, r: r, pkg: pass.Pkg, files: pass.Files}
	sc := &secretChecker{info: pass.TypesInfo, r: r, pkg: pass.Pkg, ins: insp, vals: pass.ResultOf[values.Analyzer].(*values.Package).Resolver}
	for cur := range insp.Root().Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.BasicLit, *ast.BinaryExpr:
			s, ok := maximalString(pass.TypesInfo, cur)
			if !ok {
				continue
			}
			if keys && quick(s) {
				k.check(cur, k.repaired(cur, s))
			}
			sc.checkString(cur, s)
		case *ast.CompositeLit:
			sc.checkLit(n)
		case *ast.CallExpr:
			if keys {
				k.checkJoin(cur, n)
			}
			if secrets {
				sc.checkCall(cur, n)
			}
		case *ast.AssignStmt:
			sc.checkAssign(n)
		}
	}
	return nil, nil
}

// secretAPIs reports whether the package can pass a client secret to an
// API DS203 knows: the cheap pre-filter for the struct and call checks.
func secretAPIs(pass *analysis.Pass) bool {
	return match.ImportsAny(pass.Pkg, knowledge.SecretPackages...)
}

// cheapNeedle reports whether a literal's source text could matter at all:
// the substring test run before reading constant values.
func cheapNeedle(lit string) bool {
	return strings.Contains(lit, "-----") || strings.Contains(lit, b64Begin) ||
		strings.Contains(lit, "client_secret") || strings.Contains(lit, "Basic ") ||
		len(lit) > minDERB64 && lit[1] == 'M' // "MII..." or `MII...`: base64 DER
}

// maximalString returns the constant string value of the expression at cur
// when it is a string literal or a constant concatenation that is not part
// of a larger constant concatenation: each constant is checked once, where
// it is written, and a named constant is checked at its declaration only.
func maximalString(info *types.Info, cur inspector.Cursor) (string, bool) {
	switch n := cur.Node().(type) {
	case *ast.BasicLit:
		if n.Kind != token.STRING || !cheapNeedle(n.Value) {
			return "", false
		}
	case *ast.BinaryExpr:
		if n.Op != token.ADD {
			return "", false
		}
	}
	if isConstConcat(info, outer(cur).Parent().Node()) {
		return "", false
	}
	return match.String(info, cur.Node().(ast.Expr))
}

// outer climbs from cur through enclosing parentheses.
func outer(cur inspector.Cursor) inspector.Cursor {
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			return cur
		}
		cur = cur.Parent()
	}
}

// isConstConcat reports whether n is a constant string concatenation.
func isConstConcat(info *types.Info, n ast.Node) bool {
	b, ok := n.(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD {
		return false
	}
	tv, ok := info.Types[b]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String
}
