package tokenexpiry

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/knowledge"
)

// onceContext returns "init()", "a package-level initializer" or
// "sync.Once" when fn runs only once, else "".
func (c *checker) onceContext(fn *ssa.Function) string {
	if fn.Parent() == nil && fn.Pkg == c.ssa {
		if fn.Synthetic != "" && fn.Name() == "init" {
			return "a package initializer"
		}
		if strings.HasPrefix(fn.Name(), "init#") {
			return "init()"
		}
	}
	if c.once == nil {
		c.once = c.findOnce()
	}
	return c.once[fn]
}

// findOnce finds the functions passed to sync.Once.Do and sync.OnceValue(s).
func (c *checker) findOnce() map[*ssa.Function]string {
	out := map[*ssa.Function]string{}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				call, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				name, _ := calleeOf(call.Common())
				if !slices.Contains(knowledge.OnceCalls, name) {
					continue
				}
				for _, a := range call.Common().Args {
					if f := funcOf(a); f != nil {
						out[f] = strings.TrimPrefix(name, "(*sync.Once).Do")
						if out[f] == "" {
							out[f] = "sync.Once.Do"
						}
					}
				}
			}
		}
	}
	return out
}

// funcOf returns the function a function value denotes: a function, a
// closure or a bound method.
func funcOf(v ssa.Value) *ssa.Function {
	switch v := v.(type) {
	case *ssa.Function:
		return v
	case *ssa.MakeClosure:
		f := v.Fn.(*ssa.Function)
		if obj, ok := f.Object().(*types.Func); ok && f.Synthetic != "" { // bound method wrapper
			return f.Prog.FuncValue(obj)
		}
		return f
	case *ssa.ChangeType:
		return funcOf(v.X)
	}
	return nil
}

// checkOnce reports DS502: a token obtained in init(), a package-level
// initializer or a sync.Once function and kept (stored or returned).
func (c *checker) checkOnce() {
	for _, fn := range c.funcs {
		ctx := c.onceContext(fn)
		if ctx == "" {
			continue
		}
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				var s *src
				var where string
				switch in := in.(type) {
				case *ssa.Store:
					key, desc := c.storeTarget(in.Addr)
					if l := c.stores()[key]; l != nil && (l.refreshed || !l.onceOnly) {
						continue // also renewed elsewhere: DS501 judges the reads
					}
					if key != nil || isFree(in.Addr) {
						s, where = c.token(in.Val), desc
						if where == "" {
							where = "a variable of the enclosing function"
						}
					}
				case *ssa.MapUpdate:
					if h := holder(in.Map); h != nil {
						if l := c.stores()[mapKey{h}]; l != nil && (l.refreshed || !l.onceOnly) {
							continue
						}
					}
					s, where = c.token(in.Value), "a map"
				case *ssa.Return:
					if strings.HasPrefix(ctx, "sync.OnceValue") {
						for _, res := range in.Results {
							if s = c.token(res); s != nil {
								where = "the " + ctx + " result"
								break
							}
						}
					}
				}
				if s == nil {
					continue
				}
				c.r.Reportf("DS502", c.rangeOf(s.at), "DocuSign token obtained once in %s, kept in %s %s", ctx, where, expired(s.grant))
			}
		}
	}
}

// isFree reports whether addr is a variable captured from the enclosing function.
func isFree(addr ssa.Value) bool {
	_, ok := addr.(*ssa.FreeVar)
	return ok
}
