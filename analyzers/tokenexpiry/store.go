package tokenexpiry

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// A location is a place a token is stored that outlives the call that
// stored it: a package variable, a struct field, a map kept in one of
// those, or a variable captured by a closure that outlives the call.
type location struct {
	desc      string    // "package variable token", "field Client.tok", ...
	pos       token.Pos // first store
	grant     docusign.Grant
	onceOnly  bool                          // every store is under sync.Once or init (reported as DS502)
	refreshed bool                          // some store is in a timer loop (or a function it calls): renewed periodically
	from      []analysis.RelatedInformation // where the first stored token was obtained (origin)
	unseen    bool                          // no store is seen: pos is the field's declaration
}

// related is the related information of a finding about l: where the
// token was stored (or the field declared) and where it was obtained.
func (l *location) related() []analysis.RelatedInformation {
	at := "the token is stored here"
	if l.unseen {
		at = "the field is declared here, set outside this package or from a parameter"
	}
	return append([]analysis.RelatedInformation{{Pos: l.pos, Message: at}}, l.from...)
}

// key identifies a location: a *types.Var (package variable or field), a
// mapKey, or the *ssa.Alloc of a captured variable.
type mapKey struct{ holder types.Object }

// stores finds every store of a fresh token into a location.
func (c *checker) stores() map[any]*location {
	locs := map[any]*location{}
	if c.locs != nil {
		return c.locs
	}
	var add func(key any, desc string, pos token.Pos, s *src, once, timed bool)
	add = func(key any, desc string, pos token.Pos, s *src, once, timed bool) {
		if ik, ok := key.(instKey); ok {
			add(ik.key, desc, pos, s, once, timed) // what the generic methods read
		}
		if l := locs[key]; l != nil {
			l.grant = l.grant.Merge(s.grant)
			l.onceOnly = l.onceOnly && once
			l.refreshed = l.refreshed || timed
			return
		}
		locs[key] = &location{desc: desc, pos: pos, grant: s.grant, onceOnly: once, refreshed: timed, from: c.origin(s)}
	}
	renews := c.refreshers()
	for _, fn := range c.funcs {
		once := c.onceContext(fn) != ""
		for _, b := range fn.Blocks {
			timed := renews[fn][b]
			for _, in := range b.Instrs {
				switch in := in.(type) {
				case *ssa.Store:
					s := c.token(in.Val)
					if s == nil {
						continue
					}
					if key, desc := c.storeTarget(in.Addr); key != nil {
						add(key, desc, in.Pos(), s, once, timed)
					}
				case *ssa.MapUpdate:
					s := c.token(in.Value)
					if s == nil {
						continue
					}
					if h := holder(in.Map); h != nil {
						add(mapKey{h}, "map "+h.Name(), in.Pos(), s, once, timed)
					}
				case *ssa.Call:
					for i, a := range in.Call.Args {
						if s := c.token(a); s != nil {
							if key, desc := c.kept(in, i, 0); key != nil {
								add(key, desc, in.Pos(), s, once, timed)
							}
						}
					}
				}
			}
		}
	}
	c.unseenFields(locs)
	c.locs = locs
	return locs
}

// unseenFields adds, in DocuSign code, the fields of type oauth2.Token (or
// a pointer to one) of long-lived structs that are read but never given a
// token the package obtains: set by another package (an exported field, or
// one of a struct of another package) or from a parameter (NewClient(tok));
// an unexported field of the package that it never sets holds nothing. DS503 assumes such a token is
// DocuSign's; kept in a field, it is reused like any other cached token.
// A field ever set from anything else (a literal, another provider's
// Exchange) is left alone, and so is one set here only from parameters into
// values that do not outlive the call (a per-request credential wrapper
// built over a fresh token and handed to one operation).
func (c *checker) unseenFields(locs map[any]*location) {
	if !c.isDS {
		return
	}
	fromParams := map[*types.Var]bool{} // every store so far is of a parameter
	kept := map[*types.Var]bool{}       // some store of a parameter is into a long-lived value
	var read []*ssa.FieldAddr
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				switch in := in.(type) {
				case *ssa.Store:
					if a, ok := in.Addr.(*ssa.FieldAddr); ok {
						if f := fieldOf(a.X.Type(), a.Field); f != nil {
							_, param := in.Val.(*ssa.Parameter)
							prev, seen := fromParams[f]
							fromParams[f] = param && (prev || !seen)
							kept[f] = kept[f] || param && c.longLived(a.X)
						}
					}
				case *ssa.UnOp:
					if a, ok := in.X.(*ssa.FieldAddr); ok && in.Op == token.MUL {
						read = append(read, a)
					}
				}
			}
		}
	}
	for _, a := range read {
		f := fieldOf(a.X.Type(), a.Field)
		if f == nil || locs[f] != nil || !match.IsType(f.Type(), knowledge.TokenTypes...) || !c.longLived(a.X) {
			continue
		}
		if ok, seen := fromParams[f]; seen && (!ok || !kept[f]) || !seen && !f.Exported() && f.Pkg() == c.pass.Pkg {
			continue // set from elsewhere here, or never set and no other package can
		}
		locs[f] = &location{desc: "field " + fieldPath(a), pos: f.Pos(), unseen: true}
	}
}

// timerLoops returns the blocks of fn that lie in a loop that waits on a
// timer: a time.Sleep, time.After or time.Tick call, or a receive (or
// select) on a <-chan time.Time (a Ticker's or Timer's C), inside the loop
// body. A loop is a natural loop of the control-flow graph, so a block that
// leaves it (the return after a successful retry) is not in it.
func timerLoops(fn *ssa.Function) map[*ssa.BasicBlock]bool {
	out := map[*ssa.BasicBlock]bool{}
	for _, latch := range fn.Blocks {
		for _, head := range latch.Succs {
			if !head.Dominates(latch) {
				continue
			}
			body := loopBody(head, latch)
			for _, b := range body {
				if waitsOnTimer(b) {
					for _, x := range body {
						out[x] = true
					}
					break
				}
			}
		}
	}
	return out
}

// loopBody returns the natural loop of the back edge latch -> head: head
// and every block that reaches latch without passing through head.
func loopBody(head, latch *ssa.BasicBlock) []*ssa.BasicBlock {
	seen := map[*ssa.BasicBlock]bool{head: true}
	body := []*ssa.BasicBlock{head}
	work := []*ssa.BasicBlock{latch}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		body = append(body, b)
		work = append(work, b.Preds...)
	}
	return body
}

// waitsOnTimer reports whether block b sleeps or receives from a timer.
func waitsOnTimer(b *ssa.BasicBlock) bool {
	for _, in := range b.Instrs {
		switch in := in.(type) {
		case ssa.CallInstruction:
			if name, _ := calleeOf(in.Common()); slices.Contains(knowledge.TimerCalls, name) {
				return true
			}
		case *ssa.UnOp:
			if in.Op == token.ARROW && timerChan(in.X.Type()) {
				return true
			}
		case *ssa.Select:
			for _, st := range in.States {
				if st.Dir == types.RecvOnly && timerChan(st.Chan.Type()) {
					return true
				}
			}
		}
	}
	return false
}

// timerChan reports whether t is a channel of time.Time: a Ticker's or
// Timer's C, time.After's or time.Tick's result.
func timerChan(t types.Type) bool {
	ch, ok := t.Underlying().(*types.Chan)
	return ok && match.IsType(ch.Elem(), "time.Time")
}

// refreshers returns, for each function of the package, the blocks whose
// token stores renew the token periodically: those in a loop that waits on
// a timer, and every block of a package function called from such a loop
// (the refresh() helper of a ticker loop). A retry loop that sleeps between
// attempts and stores the token after the loop is not a refresher.
func (c *checker) refreshers() map[*ssa.Function]map[*ssa.BasicBlock]bool {
	out := map[*ssa.Function]map[*ssa.BasicBlock]bool{}
	for _, fn := range c.funcs {
		loops := timerLoops(fn)
		if len(loops) == 0 {
			continue
		}
		if out[fn] == nil {
			out[fn] = map[*ssa.BasicBlock]bool{}
		}
		for b := range loops {
			out[fn][b] = true
			for _, in := range b.Instrs {
				call, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				callee := bodyOf(call.Common())
				if callee == nil || callee.Pkg != c.ssa {
					continue
				}
				if out[callee] == nil {
					out[callee] = map[*ssa.BasicBlock]bool{}
				}
				for _, cb := range callee.Blocks {
					out[callee][cb] = true
				}
			}
		}
	}
	return out
}

// storeTarget classifies the address a token is stored to.
func (c *checker) storeTarget(addr ssa.Value) (any, string) {
	switch a := addr.(type) {
	case *ssa.Global:
		return a.Object(), "package variable " + a.Name()
	case *ssa.FieldAddr:
		f := fieldOf(a.X.Type(), a.Field)
		if f == nil || match.IsType(a.X.Type(), knowledge.TokenTypes...) || !c.longLived(a.X) { // a Token literal is not a cache
			return nil, ""
		}
		if g, ok := a.X.(*ssa.Global); ok && match.TypeName(a.X.Type()) == "" {
			return f, "field " + f.Name() + " of package variable " + g.Name() // var state struct{ tok string }
		}
		return f, "field " + fieldPath(a)
	case *ssa.Alloc:
		if a.Heap && capturedByEscapingClosure(a) {
			return a, "variable " + a.Comment + " captured by a closure"
		}
	}
	return nil, ""
}

// longLived reports whether the struct a field belongs to outlives the
// call: a receiver, a package variable, a struct loaded from elsewhere, or
// a new struct that is returned or stored (a constructor). A struct passed
// as a parameter is not: it is often a per-request value.
func (c *checker) longLived(base ssa.Value) bool {
	switch b := base.(type) {
	case *ssa.Parameter: // the receiver; a struct passed in may be per request
		fn := b.Parent()
		return fn.Signature.Recv() != nil && len(fn.Params) > 0 && fn.Params[0] == b
	case *ssa.FreeVar, *ssa.Global, *ssa.UnOp, *ssa.FieldAddr:
		return true
	case *ssa.Alloc:
		return escapes(b, 0)
	}
	return false
}

// escapes reports whether a value is returned, stored outside the function
// or captured by a closure that outlives the call.
func escapes(v ssa.Value, depth int) bool { return escapes1(v, depth, true) }

// stored is escapes without the direct return: a helper that builds a value
// over its parameter and returns it may be called per request.
func stored(v ssa.Value) bool { return escapes1(v, 0, false) }

func escapes1(v ssa.Value, depth int, ret bool) bool {
	if depth > maxChain || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		switch r := ref.(type) {
		case *ssa.Return:
			if ret {
				return true
			}
		case *ssa.Go:
			return true
		case *ssa.Store:
			if r.Val == v {
				switch a := r.Addr.(type) {
				case *ssa.Global:
					return true
				case *ssa.FieldAddr:
					if _, local := a.X.(*ssa.Alloc); !local || escapes(a.X, depth+1) {
						return true
					}
				case *ssa.Alloc:
					if a.Heap && capturedByEscapingClosure(a) {
						return true
					}
				case *ssa.IndexAddr:
					if escapes1(a.X, depth+1, ret) { // an element of append's arguments
						return true
					}
				}
			}
		case *ssa.MapUpdate:
			if r.Value == v {
				return true
			}
		case *ssa.MakeInterface, *ssa.ChangeType, *ssa.Phi, *ssa.Slice:
			if escapes1(r.(ssa.Value), depth+1, ret) {
				return true
			}
		case *ssa.Call:
			name, _ := calleeOf(r.Common())
			b, ok := r.Call.Value.(*ssa.Builtin)
			appended := ok && b.Name() == "append" // handlers = append(handlers, f)
			if (appended || slices.Contains(knowledge.SourceWrappers, name)) && escapes1(r, depth+1, ret) {
				return true
			}
		}
	}
	return false
}

// capturedByEscapingClosure reports whether the variable is bound into a
// closure that is returned, stored, started as a goroutine or registered as
// an HTTP handler.
func capturedByEscapingClosure(a *ssa.Alloc) bool {
	for _, ref := range *a.Referrers() {
		mc, ok := ref.(*ssa.MakeClosure)
		if ok && closureEscapes(mc) {
			return true
		}
	}
	return false
}

func closureEscapes(mc *ssa.MakeClosure) bool { return outlives(mc, 0) }

// outlives reports whether a function value (a closure, or the handler a
// helper returns) outlives the call that made it: it escapes, or it is
// registered with net/http (http.HandleFunc, mux.Handle, as an
// http.HandlerFunc).
func outlives(v ssa.Value, depth int) bool {
	if depth > maxChain || v.Referrers() == nil {
		return false
	}
	if escapes(v, depth) {
		return true
	}
	for _, ref := range *v.Referrers() {
		switch r := ref.(type) {
		case *ssa.Call:
			name, _ := calleeOf(r.Common())
			if strings.HasPrefix(name, "net/http.") || strings.HasPrefix(name, "(*net/http.ServeMux)") {
				return true
			}
		case *ssa.ChangeType:
			if strings.HasPrefix(match.TypeName(r.Type()), "net/http.") || outlives(r, depth+1) {
				return true
			}
		case *ssa.MakeInterface:
			if outlives(r, depth+1) {
				return true
			}
		}
	}
	return false
}

// capturedParam returns the variable a package function keeps argument i
// of call in when a closure it returns captures that parameter (func
// proxy(tok string) http.HandlerFunc { return func(...) { ... tok ... } }),
// and the call's result outlives the call: the token lives as long as the
// handler.
func capturedParam(call *ssa.Call, i int) (*ssa.Alloc, string) {
	fn := bodyOf(&call.Call)
	if fn == nil || fn.Pkg != call.Parent().Pkg || i >= len(fn.Params) || len(fn.Params) != len(call.Call.Args) {
		return nil, ""
	}
	p := fn.Params[i]
	for _, ref := range *p.Referrers() {
		st, ok := ref.(*ssa.Store)
		if !ok || st.Val != p {
			continue
		}
		if a, ok := st.Addr.(*ssa.Alloc); ok && a.Heap && capturedByEscapingClosure(a) && outlives(call, 0) {
			return a, "captured parameter " + p.Name() + " of " + fn.Name()
		}
	}
	return nil, ""
}

// kept returns the location a call keeps its argument i in: a closure the
// callee returns captures it (capturedParam), a sync.Map stores it, or the
// package function called stores its parameter (paramKept).
func (c *checker) kept(call *ssa.Call, i, depth int) (any, string) {
	if alloc, desc := capturedParam(call, i); alloc != nil {
		return alloc, desc
	}
	name, _ := calleeOf(call.Common())
	if j, ok := knowledge.SyncMapStores[name]; ok {
		if h := syncHolder(call.Call.Args[0]); h != nil && j == i {
			return mapKey{h}, "sync.Map " + h.Name()
		}
		return nil, ""
	}
	if f, h := c.container(call); f != nil {
		if f.Keeps != i {
			return nil, ""
		}
		return instKey{f.Slot, h}, f.Slot + " of " + h.Name() // another package's Memo[K, V]
	}
	fn := bodyOf(&call.Call)
	if fn == nil || fn.Pkg != c.ssa || depth > maxChain || len(fn.Params) != len(call.Call.Args) {
		return nil, ""
	}
	key, desc := c.paramKept(fn, i, depth)
	if key == nil || fn.TypeParams().Len() == 0 || fn.Signature.Recv() == nil {
		return key, desc
	}
	// A method of a generic type: the location is the instance the receiver
	// names, so that a Memo[string, string] of another provider's tokens is
	// apart from one of DocuSign's.
	if h := syncHolder(call.Call.Args[0]); h != nil {
		return instKey{key, h}, desc + " of " + h.Name()
	}
	return nil, ""
}

// paramKept returns the location fn stores its parameter i into: a field,
// a package variable or a map, itself or through a call that keeps it
// ((*Memo[K, V]).Put, a Put that calls m.Store(k, tok)).
func (c *checker) paramKept(fn *ssa.Function, i, depth int) (any, string) {
	vals := []ssa.Value{fn.Params[i]}
	for _, ref := range *fn.Params[i].Referrers() {
		if mi, ok := ref.(*ssa.MakeInterface); ok {
			vals = append(vals, mi) // m.Store(k, tok) in the callee
		}
	}
	for _, v := range vals {
		for _, ref := range *v.Referrers() {
			switch r := ref.(type) {
			case *ssa.MapUpdate:
				if h := holder(r.Map); h != nil && r.Value == v {
					return mapKey{h}, "map " + h.Name()
				}
			case *ssa.Store:
				if _, local := r.Addr.(*ssa.Alloc); !local && r.Val == v {
					if key, desc := c.storeTarget(r.Addr); key != nil {
						return key, desc
					}
				}
			case *ssa.Call:
				for j, a := range r.Call.Args {
					if a != v {
						continue
					}
					if key, desc := c.kept(r, j, depth+1); key != nil {
						return key, desc
					}
				}
			}
		}
	}
	return nil, ""
}

// An instKey is a location of a generic container as one variable holds
// it: the map m of a Memo[K, V] kept in package variable memo. It is read
// in the generic methods, which are judged at their calls on that variable.
type instKey struct {
	key    any          // the field, or mapKey of the field
	holder types.Object // the variable or field holding the container
}

// syncHolder returns the package variable or field a sync.Map, the
// receiver of a method call, lives in (or a *sync.Map is loaded from).
func syncHolder(recv ssa.Value) types.Object {
	if _, ok := recv.(*ssa.UnOp); ok {
		return holder(recv)
	}
	return addrHolder(recv)
}

// holder returns the package variable or field a map value was loaded from.
func holder(m ssa.Value) types.Object {
	if ld, ok := m.(*ssa.UnOp); ok && ld.Op == token.MUL {
		return addrHolder(ld.X)
	}
	return nil
}

// addrHolder returns the package variable or field at an address.
func addrHolder(addr ssa.Value) types.Object {
	switch a := addr.(type) {
	case *ssa.Global:
		return a.Object()
	case *ssa.FieldAddr:
		if f := fieldOf(a.X.Type(), a.Field); f != nil {
			return f
		}
	}
	return nil
}

// fieldPath names the field a addresses from the outermost struct it is
// promoted through: Client.baseClient.accessToken for c.accessToken when
// Client embeds baseClient.
func fieldPath(a *ssa.FieldAddr) string {
	path := fieldOf(a.X.Type(), a.Field).Name()
	x := a.X
	for range maxChain {
		outer, ok := x.(*ssa.FieldAddr)
		if !ok {
			break
		}
		f := fieldOf(outer.X.Type(), outer.Field)
		if f == nil || !f.Embedded() {
			break
		}
		path, x = f.Name()+"."+path, outer.X
	}
	return ownerName(x.Type()) + "." + path
}

// ownerName returns the name of the struct type t (or *t).
func ownerName(t types.Type) string {
	n := match.TypeName(t)
	if i := strings.LastIndex(n, "."); i >= 0 {
		return n[i+1:]
	}
	return "struct"
}
