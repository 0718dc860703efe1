package tokenexpiry

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/match"
)

// A location is a place a token is stored that outlives the call that
// stored it: a package variable, a struct field, a map kept in one of
// those, or a variable captured by a closure that outlives the call.
type location struct {
	desc      string    // "package variable token", "field Client.tok", ...
	pos       token.Pos // first store
	grant     Grant
	onceOnly  bool // every store is under sync.Once or init (reported as DS502)
	refreshed bool // some store is in a timed refresher (ticker, sleep loop)
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
	add := func(key any, desc string, pos token.Pos, s *src, once, timed bool) {
		if l := locs[key]; l != nil {
			l.grant = l.grant.merge(s.grant)
			l.onceOnly = l.onceOnly && once
			l.refreshed = l.refreshed || timed
			return
		}
		locs[key] = &location{desc: desc, pos: pos, grant: s.grant, onceOnly: once, refreshed: timed}
	}
	called := c.calledByRefreshers()
	for _, fn := range c.funcs {
		once := c.onceContext(fn) != ""
		timed := refresher(fn) || called[fn]
		for _, b := range fn.Blocks {
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
				}
			}
		}
	}
	c.locs = locs
	return locs
}

// timers mark a function as a timed refresher.
var timers = map[string]bool{
	"time.Sleep": true, "time.NewTicker": true, "time.Tick": true, "time.NewTimer": true,
	"time.After": true, "time.AfterFunc": true,
}

// refresher reports whether fn (or the function it is nested in) waits on
// a timer: a goroutine that renews the token periodically.
func refresher(fn *ssa.Function) bool {
	for f := fn; f != nil; f = f.Parent() {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if call, ok := in.(ssa.CallInstruction); ok {
					if name, _ := calleeOf(call.Common()); timers[name] {
						return true
					}
				}
			}
		}
	}
	return false
}

// calledByRefreshers returns the functions of the package that a timed
// refresher calls directly: the refresh() helper a ticker loop runs.
func (c *checker) calledByRefreshers() map[*ssa.Function]bool {
	called := map[*ssa.Function]bool{}
	for _, fn := range c.funcs {
		if !refresher(fn) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				if call, ok := in.(ssa.CallInstruction); ok {
					if callee := call.Common().StaticCallee(); callee != nil && callee.Pkg == c.ssa {
						called[callee] = true
					}
				}
			}
		}
	}
	return called
}

// storeTarget classifies the address a token is stored to.
func (c *checker) storeTarget(addr ssa.Value) (any, string) {
	switch a := addr.(type) {
	case *ssa.Global:
		return a.Object(), "package variable " + a.Name()
	case *ssa.FieldAddr:
		f := fieldOf(a.X.Type(), a.Field)
		if f == nil || match.IsType(a.X.Type(), tokenTypes...) || !c.longLived(a.X) { // a Token literal is not a cache
			return nil, ""
		}
		if g, ok := a.X.(*ssa.Global); ok && match.TypeName(a.X.Type()) == "" {
			return f, "field " + f.Name() + " of package variable " + g.Name() // var state struct{ tok string }
		}
		return f, "field " + ownerName(a.X.Type()) + "." + f.Name()
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
				}
			}
		case *ssa.MapUpdate:
			if r.Value == v {
				return true
			}
		case *ssa.MakeInterface, *ssa.ChangeType, *ssa.Phi:
			if escapes1(r.(ssa.Value), depth+1, ret) {
				return true
			}
		case *ssa.Call:
			name, _ := calleeOf(r.Common())
			if passThrough[name] && escapes1(r, depth+1, ret) {
				return true
			}
		}
	}
	return false
}

// passThrough are calls whose result carries their argument on: a client or
// source built over a token source.
var passThrough = map[string]bool{
	"golang.org/x/oauth2.NewClient":                               true,
	"golang.org/x/oauth2.ReuseTokenSource":                        true,
	"golang.org/x/oauth2.ReuseTokenSourceWithExpiry":              true,
	"github.com/jfcote87/oauth2.Client":                           true,
	"github.com/jfcote87/oauth2.ReuseTokenSource":                 true,
	"(*github.com/jfcote87/esign.OAuth2Credential).WithAccountID": true,
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

func closureEscapes(mc *ssa.MakeClosure) bool {
	if escapes(mc, 0) {
		return true
	}
	for _, ref := range *mc.Referrers() {
		switch r := ref.(type) {
		case *ssa.Call:
			name, _ := calleeOf(r.Common())
			if strings.HasPrefix(name, "net/http.") || strings.HasPrefix(name, "(*net/http.ServeMux)") {
				return true
			}
		case *ssa.ChangeType:
			if strings.HasPrefix(match.TypeName(r.Type()), "net/http.") {
				return true
			}
		}
	}
	return false
}

// holder returns the package variable or field a map value was loaded from.
func holder(m ssa.Value) types.Object {
	ld, ok := m.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return nil
	}
	switch a := ld.X.(type) {
	case *ssa.Global:
		return a.Object()
	case *ssa.FieldAddr:
		if f := fieldOf(a.X.Type(), a.Field); f != nil {
			return f
		}
	}
	return nil
}

// ownerName returns the name of the struct type t (or *t).
func ownerName(t types.Type) string {
	n := match.TypeName(t)
	if i := strings.LastIndex(n, "."); i >= 0 {
		return n[i+1:]
	}
	return "struct"
}

// where formats a position as file:line for messages.
func (c *checker) where(pos token.Pos) string {
	p := c.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}
