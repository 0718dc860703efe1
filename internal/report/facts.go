package report

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// UsesFactObjects reports whether the package uses (reads or calls) an
// object of another package that has a fact of the pass's analyzer. The
// facts of every package below in the import graph are visible, so that
// some exist is no sign that any reaches this package.
func UsesFactObjects(pass *analysis.Pass) bool {
	facts := pass.AllObjectFacts()
	if len(facts) == 0 {
		return false
	}
	objs := make(map[types.Object]bool, len(facts))
	for _, f := range facts {
		if f.Object.Pkg() != pass.Pkg {
			objs[f.Object] = true
		}
	}
	for _, obj := range pass.TypesInfo.Uses { // any order: the answer is whether one exists
		if fn, ok := obj.(*types.Func); ok {
			obj = fn.Origin()
		}
		if objs[obj] {
			return true
		}
	}
	return false
}
