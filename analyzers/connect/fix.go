package connect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/match"
)

// constantTimeFix rewrites a variable-time comparison of strings or byte
// slices as hmac.Equal: a == b to hmac.Equal([]byte(a), []byte(b)) (with !
// for !=), bytes.Equal(a, b) to hmac.Equal(a, b), strings.EqualFold(a, b)
// to hmac.Equal([]byte(a), []byte(b)). It offers nothing where crypto/hmac
// is not imported under a name visible at the comparison, or for the
// three-way strings.Compare and bytes.Compare.
func constantTimeFix(pass *analysis.Pass, c comparison) []analysis.SuggestedFix {
	name := match.ImportName(pass.Pkg, pass.TypesInfo, pass.Files, c.node.Pos(), "crypto/hmac")
	if name == "" {
		return nil
	}
	var edits []analysis.TextEdit
	insert := func(pos token.Pos, text string) {
		edits = append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)})
	}
	switch n := c.node.(type) {
	case *ast.BinaryExpr:
		if !match.IsString(pass.TypesInfo, n.X) || !match.IsString(pass.TypesInfo, n.Y) {
			return nil
		}
		prefix := ""
		if n.Op == token.NEQ {
			prefix = "!"
		}
		insert(n.Pos(), prefix+name+".Equal([]byte(")
		edits = append(edits, analysis.TextEdit{Pos: n.X.End(), End: n.Y.Pos(), NewText: []byte("), []byte(")})
		insert(n.End(), "))")
	case *ast.CallExpr:
		switch c.op {
		case "bytes.Equal", "bytes.EqualFold":
		case "strings.EqualFold":
			for _, arg := range n.Args {
				insert(arg.Pos(), "[]byte(")
				insert(arg.End(), ")")
			}
		default:
			return nil
		}
		if onlyUse(pass, n.Fun) {
			return nil // the import of bytes or strings would be left unused and the file would not build
		}
		edits = append(edits, analysis.TextEdit{Pos: n.Fun.Pos(), End: n.Fun.End(), NewText: []byte(name + ".Equal")})
	}
	return []analysis.SuggestedFix{{Message: "compare with " + name + ".Equal", TextEdits: edits}}
}

// onlyUse reports whether fun (bytes.Equal) is the file's only use of the
// package name it is qualified with.
func onlyUse(pass *analysis.Pass, fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	pn, ok := pass.TypesInfo.Uses[id].(*types.PkgName)
	if !ok {
		return false
	}
	file := pass.Fset.File(id.Pos())
	for use, obj := range pass.TypesInfo.Uses {
		if obj == pn && use != id && pass.Fset.File(use.Pos()) == file {
			return false
		}
	}
	return true
}
