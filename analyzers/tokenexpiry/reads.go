package tokenexpiry

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// A read is a load of a stored token.
type read struct {
	fn  *ssa.Function
	val ssa.Value // the loaded value
	pos token.Pos
	end token.Pos
	loc *location
	key any
	via *ssa.FieldAddr // the field read, when the token is a field
}

// desc names where the token is kept. A field promoted from an embedded
// struct is named from the struct it is read through (Client.baseClient.
// accessToken), whichever embedding struct stored it.
func (rd read) desc(l *location) string {
	if rd.via != nil {
		if _, promoted := rd.via.X.(*ssa.FieldAddr); promoted && fieldOf(rd.via.X.Type(), rd.via.Field) != nil {
			if p := fieldPath(rd.via); strings.Count(p, ".") > 1 {
				return "field " + p
			}
		}
	}
	return l.desc
}

// checkReads reports DS501: a stored token read to authorize a request (or
// returned by a getter whose callers do so) with no expiry evidence.
func (c *checker) checkReads() {
	locs := c.stores()
	if len(locs) == 0 {
		return
	}
	callers := c.callSites()
	for _, fn := range c.funcs {
		reported := map[*location]bool{} // one finding per location and function (m.Load, then m.LoadOrStore)
		for _, rd := range c.readsIn(fn, locs) {
			if reported[rd.loc] || rd.loc.onceOnly || rd.loc.refreshed || c.exempt(rd, callers) {
				continue
			}
			report := func(at analysis.Range, l *location) {
				desc := rd.desc(l)
				if l.unseen {
					desc += " (set elsewhere)"
				}
				c.r.Report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: "DS501", Related: l.related(),
					Message: "DocuSign token read from " + desc + " with no expiry check " + expired(l.grant)})
			}
			f := c.flow(rd.val)
			bad := f&flowSink != 0 || f&flowHeader != 0
			generic := fn.TypeParams().Len() > 0 && fn.Signature.Recv() != nil
			if !bad && f&flowReturns != 0 {
				bad = len(callers[fn]) == 0 && fn.Parent() == nil && !generic
				for _, call := range c.sendingCallers(fn, callers) {
					if !generic {
						bad = true
					} else if l := locs[instKey{rd.key, syncHolder(call.Call.Args[0])}]; l != nil && !l.onceOnly && !l.refreshed {
						report(c.readRange(call), l) // a generic container's getter: judged per instance, at each caller
					}
				}
			}
			if bad {
				reported[rd.loc] = true
				report(match.Span(rd.pos, rd.end), rd.loc)
			}
		}
	}
}

// exempt reports whether a read of a kept token needs no finding, whatever
// it flows to: its function shows expiry evidence (or, for an unexported
// function only ever called directly, every caller does), or a fresh token
// is stored on every path to it.
func (c *checker) exempt(rd read, callers map[*ssa.Function][]*ssa.Call) bool {
	return c.checked(rd.fn) || c.storedBefore(rd) || c.checkedByCallers(rd.fn, callers, 0)
}

// sendingCallers returns the calls of fn, a getter returning a kept token,
// that send the result with no expiry check in the caller.
func (c *checker) sendingCallers(fn *ssa.Function, callers map[*ssa.Function][]*ssa.Call) []*ssa.Call {
	var out []*ssa.Call
	for _, call := range callers[fn] {
		if c.flow(call)&flowSink != 0 && !c.checked(call.Parent()) {
			out = append(out, call)
		}
	}
	return out
}

// checkedByCallers reports whether fn is an unexported function or method
// that is only ever called directly, and every caller shows expiry evidence
// (itself or through its own callers): Send checks the expiry and refreshes,
// then calls do, which reads the token.
func (c *checker) checkedByCallers(fn *ssa.Function, callers map[*ssa.Function][]*ssa.Call, depth int) bool {
	obj, ok := fn.Object().(*types.Func)
	sites := callers[fn]
	if !ok || obj.Exported() || fn.Parent() != nil || len(sites) == 0 || depth > maxCallerDepth || !c.onlyCalled(obj) {
		return false
	}
	for _, call := range sites {
		if caller := call.Parent(); !c.checked(caller) && !c.checkedByCallers(caller, callers, depth+1) {
			return false
		}
	}
	return true
}

// onlyCalled reports whether every use of fn in the package is the callee
// of a call: fn is never a value (a callback, a method value) whose callers
// cannot be seen. The counts are taken once per package (a walk per read
// made the cost grow with the square of the package).
func (c *checker) onlyCalled(fn *types.Func) bool {
	if c.uses == nil {
		c.uses, c.callees = map[*types.Func]int{}, map[*types.Func]int{}
		for _, obj := range c.pass.TypesInfo.Uses {
			if f, ok := obj.(*types.Func); ok {
				c.uses[f]++
			}
		}
		ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for n := range ins.PreorderSeq((*ast.CallExpr)(nil)) {
			if f := match.Callee(c.pass.TypesInfo, n.(*ast.CallExpr)); f != nil {
				c.callees[f]++
			}
		}
	}
	return c.uses[fn] == c.callees[fn]
}

// readsIn returns the loads of stored tokens in fn.
func (c *checker) readsIn(fn *ssa.Function, locs map[any]*location) []read {
	var out []read
	add := func(v ssa.Value, key any, pos token.Pos) {
		if l := locs[key]; l != nil {
			var end token.Pos
			if e := c.exprOf(v); e != nil {
				pos, end = e.Pos(), e.End()
			}
			out = append(out, read{fn: fn, val: v, pos: pos, end: end, loc: l, key: key})
		}
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			switch in := in.(type) {
			case *ssa.UnOp:
				if in.Op != token.MUL {
					continue
				}
				switch a := in.X.(type) {
				case *ssa.Global:
					add(in, a.Object(), in.Pos())
				case *ssa.FieldAddr:
					if f := fieldOf(a.X.Type(), a.Field); f != nil {
						add(in, f, a.Pos())
						if n := len(out); n > 0 && out[n-1].val == in {
							out[n-1].via = a
						}
					}
				case *ssa.FreeVar:
					if alloc := binding(fn, a); alloc != nil {
						add(in, alloc, in.Pos())
					}
				}
			case *ssa.Lookup:
				if h := holder(in.X); h != nil {
					add(in, mapKey{h}, in.Pos())
				}
			case *ssa.Call:
				var key any
				if name, _ := calleeOf(in.Common()); knowledge.SyncMapLoads[name] {
					if h := syncHolder(in.Call.Args[0]); h != nil {
						key = mapKey{h}
					}
				} else if f, h := c.container(in); f != nil && f.Yields {
					key = instKey{f.Slot, h} // memo.Get(user) of another package's Memo[K, V]
				}
				if r := c.readRange(in); key != nil {
					add(in, key, r.Pos())
					if n := len(out); n > 0 && out[n-1].val == in {
						out[n-1].end = r.End()
					}
				}
			}
		}
	}
	return out
}

// readRange is the range of a call that reads a kept token: its function
// expression (shared.Load, memo.Get).
func (c *checker) readRange(call *ssa.Call) analysis.Range {
	if e := c.callExpr(call.Pos()); e != nil {
		return match.Span(e.Fun.Pos(), e.Fun.End())
	}
	return match.Span(call.Pos(), call.Pos())
}

// binding returns the variable of the enclosing function that a closure's
// free variable is bound to.
func binding(fn *ssa.Function, fv *ssa.FreeVar) ssa.Value {
	idx := -1
	for i, v := range fn.FreeVars {
		if v == fv {
			idx = i
		}
	}
	if idx < 0 || fn.Parent() == nil {
		return nil
	}
	for _, b := range fn.Parent().Blocks {
		for _, in := range b.Instrs {
			if mc, ok := in.(*ssa.MakeClosure); ok && mc.Fn == fn && idx < len(mc.Bindings) {
				return mc.Bindings[idx]
			}
		}
	}
	return nil
}

// storedBefore reports whether a fresh token is stored to the location on
// every path to the read in the same function (fetched and used within one
// call), itself or by a call that always does (c.Login(ctx), then c.token).
func (c *checker) storedBefore(rd read) bool {
	in, ok := rd.val.(ssa.Instruction)
	if !ok {
		return false
	}
	for _, b := range rd.fn.Blocks {
		for _, x := range b.Instrs {
			if c.storesFresh(x, rd.key, 0) && before(x, in) {
				return true
			}
		}
	}
	return false
}

// before reports whether x runs before y on every path to y, both
// instructions of one function.
func before(x, y ssa.Instruction) bool {
	if x.Block() != y.Block() {
		return x.Block().Dominates(y.Block())
	}
	for _, in := range x.Block().Instrs {
		switch in {
		case y:
			return false
		case x:
			return true
		}
	}
	return false
}

// storesFresh reports whether x stores a freshly obtained token into the
// location key: a store, or a call of a package function that does so
// before every return that is not an error (a Login that fetches the
// token; not one that returns early when a token is kept).
func (c *checker) storesFresh(x ssa.Instruction, key any, depth int) bool {
	switch x := x.(type) {
	case *ssa.Store:
		k, _ := c.storeTarget(x.Addr)
		return k == key && c.token(x.Val) != nil
	case *ssa.Call:
		for i, a := range x.Call.Args {
			if c.token(a) != nil {
				if k, _ := c.kept(x, i, 0); k == key {
					return true // m.Store(user, fresh), memo.Put(user, fresh)
				}
			}
		}
		fn := bodyOf(&x.Call)
		if fn == nil || fn.Pkg != c.ssa || depth >= maxCallerDepth {
			return false
		}
		var stores []*ssa.BasicBlock
		for _, b := range fn.Blocks {
			for _, y := range b.Instrs {
				if c.storesFresh(y, key, depth+1) {
					stores = append(stores, b)
					break
				}
			}
		}
		returns := 0
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !failing(ret) {
				returns++
				if !slices.ContainsFunc(stores, func(s *ssa.BasicBlock) bool { return s.Dominates(b) }) {
					return false
				}
			}
		}
		return returns > 0
	}
	return false
}

// failing reports whether ret returns an error that is not a constant nil.
func failing(ret *ssa.Return) bool {
	n := len(ret.Results)
	if n == 0 || !isErr(ret.Results[n-1].Type()) {
		return false
	}
	k, ok := ret.Results[n-1].(*ssa.Const)
	return !ok || !k.IsNil()
}

// callSites maps each function of the package to the calls of it.
func (c *checker) callSites() map[*ssa.Function][]*ssa.Call {
	out := map[*ssa.Function][]*ssa.Call{}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				if call, ok := in.(*ssa.Call); ok {
					if callee := bodyOf(&call.Call); callee != nil && callee.Pkg == c.ssa {
						out[callee] = append(out[callee], call)
					}
				}
			}
		}
	}
	return out
}
