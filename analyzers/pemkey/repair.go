package pemkey

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/match"
)

// repaired returns s as the program uses it when the expression at cur is
// passed to a constant string replacement: strings.ReplaceAll(s, old, new)
// or strings.Replace(s, old, new, n) with constant old, new and n, or a
// function of this package whose body only returns such a replacement of
// that parameter (the standard library's testingKey, which turns its
// "TESTING KEY" labels into "PRIVATE KEY" at run time). The key is judged
// as repaired, not as written. Any other use leaves s as it is.
//
// Outside _test.go files a "TESTING KEY" label stays as written: it is the
// Go convention for a test key that must live in a non-test package
// (net/http/internal/testcert), disguised on purpose, and is not reported.
func (k *keyFinder) repaired(cur inspector.Cursor, s string) string {
	if strings.Contains(s, testingLabel) && !k.r.InTestFile(cur.Node().Pos()) {
		return s
	}
	c := valueOf(k.info, cur)
	if c.ParentEdgeKind() != edge.CallExpr_Args {
		return s
	}
	call := c.Parent().Node().(*ast.CallExpr)
	arg := c.ParentEdgeIndex()
	if f, ok := replacement(k.info, call, arg); ok {
		return f(s)
	}
	fn := match.Callee(k.info, call)
	if fn == nil || fn.Pkg() != k.pkg {
		return s
	}
	sig := fn.Signature()
	if sig.Variadic() || arg >= sig.Params().Len() {
		return s
	}
	decl := k.decl(fn)
	if decl == nil || decl.Body == nil || len(decl.Body.List) != 1 {
		return s
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return s
	}
	inner, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if !ok || len(inner.Args) == 0 {
		return s
	}
	if id, ok := ast.Unparen(inner.Args[0]).(*ast.Ident); !ok || k.info.Uses[id] != sig.Params().At(arg) {
		return s
	}
	if f, ok := replacement(k.info, inner, 0); ok {
		return f(s)
	}
	return s
}

// testingLabel marks the Go convention's disguised test keys.
const testingLabel = "TESTING KEY"

// replacement returns the constant replacement call applies to its
// argument at index arg: the string it replaces in, with constant old and
// new strings (and a constant count for strings.Replace).
func replacement(info *types.Info, call *ast.CallExpr, arg int) (func(string) string, bool) {
	if arg != 0 || len(call.Args) < 3 || !match.IsCallTo(info, call, "strings.ReplaceAll", "strings.Replace") {
		return nil, false
	}
	old, ok1 := match.String(info, call.Args[1])
	repl, ok2 := match.String(info, call.Args[2])
	if !ok1 || !ok2 {
		return nil, false
	}
	n := int64(-1)
	if len(call.Args) == 4 {
		v, ok := match.Int(info, call.Args[3])
		if !ok {
			return nil, false
		}
		n = v
	}
	return func(s string) string { return strings.Replace(s, old, repl, int(n)) }, true
}

// decl returns the declaration of a function of the package.
func (k *keyFinder) decl(fn *types.Func) *ast.FuncDecl {
	if k.decls == nil {
		k.decls = match.FuncDecls(k.info, k.files)
	}
	return k.decls[fn]
}
