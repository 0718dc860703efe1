package tokenexpiry

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/match"
)

// returnsToken returns, per result index, whether fn returns a fresh token.
// It is not cached: the token answers it combines are, and a recursive
// function's results are solved with the component they belong to.
func (c *checker) returnsToken(fn *ssa.Function) map[int]*src {
	m := map[int]*src{}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for i, res := range ret.Results {
				if s := c.token(res); s != nil {
					if old := m[i]; old != nil {
						old.grant = old.grant.Merge(s.grant)
					} else {
						cp := *s
						m[i] = &cp
					}
				}
			}
		}
	}
	return m
}

// exportFacts exports a TokenFunc fact for every declared function or
// method of the package that returns a DocuSign token, and a SourceFunc
// fact for one that returns a DocuSign token source or config.
func (c *checker) exportFacts() {
	if !usesFacts(c.pass) {
		return
	}
	for _, fn := range c.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || fn.Synthetic != "" || !visible(obj) {
			continue
		}
		if c.isDS {
			c.exportSources(fn, obj)
		}
		m := c.returnsToken(fn)
		for i := 0; i < fn.Signature.Results().Len(); i++ {
			if s := m[i]; s != nil && !isErr(fn.Signature.Results().At(i).Type()) {
				c.pass.ExportObjectFact(obj, &TokenFunc{Result: i, Grant: s.grant})
				break
			}
		}
	}
}

// visible reports whether other packages can call fn: facts on anything
// else would only cost space.
func visible(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return true
	}
	n := match.TypeName(recv.Type())
	return n == "" || ast.IsExported(n[strings.LastIndex(n, ".")+1:])
}
