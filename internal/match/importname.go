package match

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// ImportName returns the name under which the file of files that holds pos
// imports the package path, when that name denotes the package at pos (not
// a blank or dot import, not shadowed by a local declaration), or "".
// Suggested fixes use it to write path's identifiers (hmac.Equal,
// time.Hour) only where the edited file still builds.
func ImportName(pkg *types.Package, info *types.Info, files []*ast.File, pos token.Pos, path string) string {
	for _, f := range files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, spec := range f.Imports {
			if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != path {
				continue
			}
			pn := info.PkgNameOf(spec)
			if pn == nil || pn.Name() == "_" || pn.Name() == "." {
				continue
			}
			scope := pkg.Scope().Innermost(pos)
			if scope == nil {
				return ""
			}
			if _, obj := scope.LookupParent(pn.Name(), pos); obj == pn {
				return pn.Name()
			}
		}
		return ""
	}
	return ""
}
