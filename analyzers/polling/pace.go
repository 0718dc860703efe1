package polling

import (
	"go/ast"
	"go/token"
	"go/types"
	"time"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/match"
	"github.com/dslint/dslint/internal/timeexpr"
)

// paceKind says what is known of a loop's pace.
type paceKind int

const (
	noDelay     paceKind = iota // the loop never waits: a listing or a retry, paced by an outer loop if any
	knownPace                   // every iteration waits a known time
	unknownPace                 // it waits, for how long is not known
)

// maxDependDepth bounds how many definitions dependsOn follows.
const maxDependDepth = 4

// pollInterval returns the interval at which the status request at cur is
// repeated: the pace of the innermost enclosing loop (within the function)
// that repeats it for the same envelopes and waits. A loop over different
// envelopes, or one that never waits, hands over to the loop around it.
func (c *checker) pollInterval(fn *ast.BlockStmt, cur inspector.Cursor) (timeexpr.Duration, bool) {
	call := cur.Node().(*ast.CallExpr)
	for loop := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch loop.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return timeexpr.Duration{}, false
		}
		if c.overEnvelopes(fn, loop.Node(), call) {
			continue
		}
		d, kind := c.pace(fn, loop.Node())
		switch kind {
		case noDelay:
			continue
		case knownPace:
			return d, d.D < docusign.MinPollInterval
		}
		return timeexpr.Duration{}, false
	}
	return timeexpr.Duration{}, false
}

// overEnvelopes reports whether loop iterates over values (a range over
// anything but a timer channel, the variables its post statement steps, or
// variables its body takes from a channel that is not a timer's or from a
// call's result: a work queue's next envelope ID, a paging position from
// the last response) that the request depends on: each iteration asks
// about other envelopes.
func (c *checker) overEnvelopes(fn *ast.BlockStmt, loop ast.Node, call *ast.CallExpr) bool {
	iter := map[types.Object]bool{}
	add := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := c.info.ObjectOf(id); obj != nil {
				iter[obj] = true
			}
		}
	}
	switch l := loop.(type) {
	case *ast.RangeStmt:
		if c.isTimerChan(l.X) {
			return false
		}
		if l.Key != nil {
			add(l.Key)
		}
		if l.Value != nil {
			add(l.Value)
		}
	case *ast.ForStmt:
		switch p := l.Post.(type) {
		case *ast.IncDecStmt:
			add(p.X)
		case *ast.AssignStmt:
			for _, lhs := range p.Lhs {
				add(lhs)
			}
		}
	}
	if len(iter) > 0 && c.dependsOn(fn, call, iter, 0) {
		return true
	}
	// What the body steps counts only in the request's string arguments (of
	// each call of its chain: IDs, positions): a client or a context rebuilt
	// in each iteration still asks about the same envelope.
	stepped := map[types.Object]bool{}
	c.stepped(loop, func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := c.info.ObjectOf(id); obj != nil {
				stepped[obj] = true
			}
		}
	})
	if len(stepped) == 0 {
		return false
	}
	// The arguments of every call in the chain: sv.Get(id).Do(ctx).
	for e := ast.Expr(call); ; {
		ce, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return false
		}
		for _, arg := range ce.Args {
			if match.IsString(c.info, arg) && c.dependsOn(fn, arg, stepped, 0) {
				return true
			}
		}
		sel, ok := ast.Unparen(ce.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		e = sel.X
	}
}

// stepped calls add with each variable (or the variable whose field is
// written) that the loop's body assigns from a receive on a channel other
// than a timer's, or from a value holding a call result: such a variable
// changes with each iteration, like a range variable (id := <-jobs;
// opts.StartPosition = resp.EndPosition).
func (c *checker) stepped(loop ast.Node, add func(ast.Expr)) {
	var body *ast.BlockStmt
	switch l := loop.(type) {
	case *ast.RangeStmt:
		body = l.Body
	case *ast.ForStmt:
		body = l.Body
	}
	if body == nil {
		return
	}
	results := map[types.Object]bool{} // variables the body assigns a call result to
	changes := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.UnaryExpr:
				found = found || n.Op == token.ARROW && !c.isTimerChan(n.X)
			case *ast.CallExpr:
				found = true
			case *ast.Ident:
				found = found || results[c.info.ObjectOf(n)]
			}
			return !found
		})
		return found
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				rhs := n.Rhs[min(i, len(n.Rhs)-1)]
				if !changes(rhs) {
					continue
				}
				root := lhs
				for {
					sel, ok := ast.Unparen(root).(*ast.SelectorExpr)
					if !ok {
						break
					}
					root = sel.X
				}
				if id, ok := ast.Unparen(root).(*ast.Ident); ok {
					if obj := c.info.ObjectOf(id); obj != nil {
						if _, isCall := ast.Unparen(rhs).(*ast.CallExpr); isCall {
							results[obj] = true
						}
					}
				}
				add(root)
			}
		}
		return true
	})
}

// dependsOn reports whether e mentions one of the objects, directly or
// through the single definitions of the local variables it reads.
func (c *checker) dependsOn(fn *ast.BlockStmt, e ast.Node, objs map[types.Object]bool, depth int) bool {
	if depth > maxDependDepth {
		return false
	}
	defs := c.durs.Defs(fn)
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if found || !ok {
			return !found
		}
		if objs[c.info.Uses[id]] {
			found = true
		} else if x, ok := defs.Def(id); ok {
			found = c.dependsOn(fn, x, objs, depth+1)
		}
		return !found
	})
	return found
}

// pace returns how long each iteration of loop waits: a range over a timer
// channel, plus the delays written as statements of the loop body itself
// (time.Sleep, a timer receive, a select over timers). A delay anywhere
// else in the body (under a condition, in an inner loop) makes the pace
// unknown, as does a delay of unknown length.
func (c *checker) pace(fn *ast.BlockStmt, loop ast.Node) (timeexpr.Duration, paceKind) {
	var total timeexpr.Duration
	kind := noDelay
	addDelay := func(d timeexpr.Duration, ok bool) {
		if !ok {
			kind = unknownPace
			return
		}
		if kind == noDelay {
			kind = knownPace
		}
		total.D += d.D
		total.Growing = total.Growing || d.Growing
	}
	var body *ast.BlockStmt
	counted := map[ast.Node]bool{}
	switch l := loop.(type) {
	case *ast.RangeStmt:
		body = l.Body
		if c.isTimerChan(l.X) {
			addDelay(c.timerInterval(fn, l.X, body))
		}
	case *ast.ForStmt:
		body = l.Body
	}
	for _, stmt := range body.List {
		switch s := stmt.(type) {
		case *ast.ExprStmt:
			if d, ok, isDelay := c.delay(fn, s.X, body); isDelay {
				counted[ast.Unparen(s.X)] = true
				addDelay(d, ok)
			}
		case *ast.SelectStmt:
			if d, ok, isDelay := c.selectDelay(fn, s, body); isDelay {
				counted[s] = true
				addDelay(d, ok)
			}
		}
	}
	if kind == unknownPace {
		return timeexpr.Duration{}, kind
	}
	// Any other delay in the body makes the pace unknown.
	other := false
	ast.Inspect(body, func(n ast.Node) bool {
		if other || n == nil {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if counted[n] {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectStmt:
			if _, _, isDelay := c.selectDelay(fn, n, body); isDelay {
				other = true
			}
		case *ast.RangeStmt:
			other = c.isTimerChan(n.X)
		case ast.Expr:
			_, _, other = c.delay(fn, n, body)
		}
		return !other
	})
	if other {
		return timeexpr.Duration{}, unknownPace
	}
	return total, kind
}

// delay evaluates e as a blocking wait: time.Sleep(d) or a receive from a
// timer channel. isDelay is false when e is neither.
func (c *checker) delay(fn *ast.BlockStmt, e ast.Expr, body *ast.BlockStmt) (d timeexpr.Duration, ok, isDelay bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if match.IsCallTo(c.info, e, "time.Sleep") && len(e.Args) == 1 {
			d, ok = c.durs.Eval(fn, e.Args[0])
			return d, ok, true
		}
	case *ast.UnaryExpr:
		if e.Op == token.ARROW && c.isTimerChan(e.X) {
			d, ok = c.timerInterval(fn, e.X, body)
			return d, ok, true
		}
	}
	return timeexpr.Duration{}, false, false
}

// selectDelay evaluates a select whose cases wait on timers: the shortest
// timer, when every other case leaves the loop (ctx.Done(): return).
// isDelay is false when no case receives from a timer.
func (c *checker) selectDelay(fn *ast.BlockStmt, s *ast.SelectStmt, body *ast.BlockStmt) (d timeexpr.Duration, ok, isDelay bool) {
	ok = true
	first := true
	for _, st := range s.Body.List {
		cc := st.(*ast.CommClause)
		var recv ast.Expr
		switch comm := cc.Comm.(type) {
		case *ast.ExprStmt:
			recv = comm.X
		case *ast.AssignStmt:
			if len(comm.Rhs) == 1 {
				recv = comm.Rhs[0]
			}
		}
		if recv != nil {
			if cd, cok, timer := c.delay(fn, recv, body); timer {
				isDelay = true
				if !cok {
					ok = false
				} else if first || cd.D < d.D {
					d.D, first = cd.D, false
					d.Growing = d.Growing || cd.Growing
				}
				continue
			}
		}
		if cc.Comm == nil || !c.exits(cc.Body) {
			ok = false // default: or an event that goes on polling
		}
	}
	return d, ok && !first, isDelay
}

// exits reports whether a select case's statements end by leaving the loop:
// return, goto, a labeled break (of the loop or a statement around it) or
// panic. A plain break leaves only the select.
func (c *checker) exits(stmts []ast.Stmt) bool {
	if len(stmts) == 0 {
		return false
	}
	switch s := stmts[len(stmts)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.GOTO || s.Tok == token.BREAK && s.Label != nil
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		b, isBuiltin := c.info.Uses[id].(*types.Builtin)
		return ok && isBuiltin && b.Name() == "panic"
	}
	return false
}

// isTimerChan reports whether e is a channel of time.Time values
// (time.After, time.Tick, a Ticker's or Timer's C).
func (c *checker) isTimerChan(e ast.Expr) bool {
	ch, ok := types.Unalias(match.TypeOf(c.info, e)).(*types.Chan)
	if !ok {
		return false
	}
	return match.IsType(ch.Elem(), "time.Time")
}

// timerInterval evaluates the interval of a timer channel: time.After(d),
// time.Tick(d), time.NewTicker(d).C, time.NewTimer(d).C, or the C of a local
// ticker or timer variable. A ticker runs at the shortest of d and the
// values it is Reset to in the loop body; a timer fires again only when the
// loop Resets it, so its interval is the shortest Reset.
func (c *checker) timerInterval(fn *ast.BlockStmt, e ast.Expr, body *ast.BlockStmt) (timeexpr.Duration, bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if match.IsCallTo(c.info, call, "time.After", "time.Tick") && len(call.Args) == 1 {
			return c.durs.Eval(fn, call.Args[0])
		}
		return timeexpr.Duration{}, false
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "C" {
		return timeexpr.Duration{}, false
	}
	x := ast.Unparen(sel.X)
	var v types.Object
	if id, ok := x.(*ast.Ident); ok {
		v = c.info.Uses[id]
		x = c.durs.Defs(fn).Resolve(id)
	}
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return timeexpr.Duration{}, false
	}
	ticker := match.IsCallTo(c.info, call, "time.NewTicker")
	if !ticker && !match.IsCallTo(c.info, call, "time.NewTimer") {
		return timeexpr.Duration{}, false
	}
	d, ok := c.durs.Eval(fn, call.Args[0])
	if !ok {
		return timeexpr.Duration{}, false
	}
	resets, ok := c.resets(fn, v, body)
	if !ok {
		return timeexpr.Duration{}, false
	}
	if !ticker {
		if len(resets) == 0 && v != nil {
			return timeexpr.Duration{}, false // fires once
		}
		if v == nil {
			return d, true // <-time.NewTimer(d).C: a new timer each time
		}
		d = resets[0]
		resets = resets[1:]
	}
	for _, r := range resets {
		if r.D < d.D {
			d.D = r.D
		}
		d.Growing = d.Growing || r.Growing
	}
	return d, true
}

// resets evaluates the arguments of v.Reset(d) calls in body. ok is false
// when one is not known.
func (c *checker) resets(fn *ast.BlockStmt, v types.Object, body *ast.BlockStmt) ([]timeexpr.Duration, bool) {
	if v == nil {
		return nil, true
	}
	var out []timeexpr.Duration
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if !isCall || !ok || len(call.Args) != 1 || !match.IsCallTo(c.info, call, "(*time.Ticker).Reset", "(*time.Timer).Reset") {
			return ok
		}
		sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID && c.info.Uses[id] == v {
			d, known := c.durs.Eval(fn, call.Args[0])
			ok = known
			out = append(out, d)
		}
		return ok
	})
	return out, ok
}

// format prints a duration without zero trailing units: 30s, 5m, 1h30m.
func format(d time.Duration) string {
	s := d.String()
	for _, z := range []string{"m0s", "h0m"} {
		if len(s) > len(z) && s[len(s)-len(z):] == z {
			s = s[:len(s)-len(z)+1]
		}
	}
	return s
}
