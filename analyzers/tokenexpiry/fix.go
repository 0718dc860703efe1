package tokenexpiry

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// expiryFix adds Expiry: time.Now().Add(time.Duration(tr.ExpiresIn) *
// time.Second) to the literal when the response struct has a numeric field
// tagged json:"expires_in", importing "time" when needed.
func expiryFix(pass *analysis.Pass, file *ast.File, lit *ast.CompositeLit, resp ast.Expr, access *types.Var) (analysis.SuggestedFix, bool) {
	if access == nil || len(lit.Elts) == 0 || !plainRef(resp) {
		return analysis.SuggestedFix{}, false
	}
	if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); !keyed {
		return analysis.SuggestedFix{}, false
	}
	rt := pass.TypesInfo.TypeOf(resp)
	if rt == nil {
		return analysis.SuggestedFix{}, false
	}
	var expires *types.Var
	if st, ok := deref(rt).Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if f := st.Field(i); f.Exported() && jsonName(rt, f) == "expires_in" && isNumber(f.Type()) {
				expires = f
			}
		}
	}
	if expires == nil {
		return analysis.SuggestedFix{}, false
	}
	timeName, edits, ok := timeImport(pass, file, lit.Pos())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	var b strings.Builder
	if err := formatNode(pass.Fset, resp, &b); err != nil {
		return analysis.SuggestedFix{}, false
	}
	last := lit.Elts[len(lit.Elts)-1]
	text := fmt.Sprintf(", Expiry: %[1]s.Now().Add(%[1]s.Duration(%[2]s.%[3]s) * %[1]s.Second)", timeName, b.String(), expires.Name())
	edits = append(edits, analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(text)})
	return analysis.SuggestedFix{Message: "set Expiry from expires_in", TextEdits: edits}, true
}

// plainRef reports whether e is an identifier or a selector chain of
// identifiers (tr, resp.Token): an expression the fix can repeat without
// calling anything twice.
func plainRef(e ast.Expr) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return true
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return false
		}
	}
}

// timeImport returns the name under which file imports "time", or adds the
// import. ok is false when "time" is not usable under a plain name there.
func timeImport(pass *analysis.Pass, file *ast.File, pos token.Pos) (string, []analysis.TextEdit, bool) {
	for _, imp := range file.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == "time" {
			if imp.Name == nil {
				return "time", nil, true
			}
			if n := imp.Name.Name; n != "_" && n != "." {
				return n, nil, true
			}
			return "", nil, false
		}
	}
	// The name must not be taken at the literal.
	if scope := pass.Pkg.Scope().Innermost(pos); scope != nil {
		if _, obj := scope.LookupParent("time", pos); obj != nil {
			return "", nil, false
		}
	}
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			return "time", []analysis.TextEdit{{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport \"time\"")}}, true
		}
		if len(gd.Specs) > 0 && !isStd(gd.Specs[0]) { // no standard-library group yet
			return "time", []analysis.TextEdit{{Pos: gd.Specs[0].Pos(), End: gd.Specs[0].Pos(), NewText: []byte("\"time\"\n\n\t")}}, true
		}
		at := gd.Rparen
		for _, spec := range gd.Specs {
			if !isStd(spec) {
				break
			}
			if p, _ := strconv.Unquote(spec.(*ast.ImportSpec).Path.Value); p > "time" {
				at = spec.Pos()
				break
			}
		}
		if at == gd.Rparen {
			return "time", []analysis.TextEdit{{Pos: lastStd(gd), End: lastStd(gd), NewText: []byte("\n\t\"time\"")}}, true
		}
		return "time", []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\"time\"\n\t")}}, true
	}
	return "time", []analysis.TextEdit{{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport \"time\"")}}, true
}

// lastStd returns the end of the last standard-library import of the
// block, or of the opening parenthesis when there is none.
func lastStd(gd *ast.GenDecl) token.Pos {
	end := gd.Lparen + 1
	for _, spec := range gd.Specs {
		if !isStd(spec) {
			break
		}
		end = spec.End()
	}
	return end
}

// isStd reports whether an import path looks like the standard library's
// (no dot in its first element).
func isStd(spec ast.Spec) bool {
	p, _ := strconv.Unquote(spec.(*ast.ImportSpec).Path.Value)
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// formatNode prints an expression as source.
func formatNode(fset *token.FileSet, n ast.Node, b *strings.Builder) error {
	return format.Node(b, fset, n)
}
