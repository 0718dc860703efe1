package tokenexpiry

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/dslint/dslint/internal/fixpoint"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// Setter is the fact exported for a method that keeps its parameter Param
// in a field of its receiver (SetToken(t string) { c.token = t }) that its
// package reads, with no expiry check, to send a request: a caller in
// another package that gives it a DocuSign token, on a value that outlives
// the call, has the token sent after it expires. Non-generic methods only:
// a generic container has its Container fact.
type Setter struct {
	Param int    // index of the kept parameter among the SSA parameters (the receiver first)
	Field string // the field's name, looked up from the receiver type
	Slot  string // the field, as messages name it ("field Client.token")
	// Readers are the exported functions and methods of the package that
	// reach a read sending the field (match.FuncName, sorted).
	Readers []string
}

// AFact marks Setter as an analysis.Fact.
func (*Setter) AFact() {}

// String describes the fact, as analysistest and -debug print it.
func (f *Setter) String() string {
	return fmt.Sprintf("keeps parameter %d in %s, read with no expiry check by %s", f.Param, f.Slot, strings.Join(f.Readers, ", "))
}

// settable reports whether a parameter of type t can be a token a setter
// keeps: a string or an oauth2 token.
func settable(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String || match.IsType(t, knowledge.TokenTypes...)
}

// declaresSetter reports whether the package can send a token at all (it
// imports one of knowledge.SenderPackages) and declares an exported method
// that assigns a string or token parameter to a field: a Setter candidate.
func declaresSetter(pass *analysis.Pass) bool {
	if !match.ImportsAny(pass.Pkg, knowledge.SenderPackages...) {
		return false
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && setterDecl(pass, fd) {
				return true
			}
		}
	}
	return false
}

// setterDecl reports whether fd is an exported method that assigns a
// string or token parameter to a field. Only the bodies of exported
// methods with such a parameter are looked at.
func setterDecl(pass *analysis.Pass, fd *ast.FuncDecl) bool {
	if fd.Recv == nil || fd.Body == nil || !fd.Name.IsExported() {
		return false
	}
	params := map[types.Object]bool{}
	for _, field := range fd.Type.Params.List {
		for _, name := range field.Names {
			if v := pass.TypesInfo.Defs[name]; v != nil && settable(v.Type()) {
				params[v] = true
			}
		}
	}
	return len(params) > 0 && assignsField(pass.TypesInfo, fd.Body, params)
}

// assignsField reports whether a statement of body assigns one of params
// to a field (x.f = p). Expressions are not descended into.
func assignsField(info *types.Info, body *ast.BlockStmt, params map[types.Object]bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case ast.Expr:
			return false
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				_, sel := ast.Unparen(lhs).(*ast.SelectorExpr)
				if len(n.Lhs) == len(n.Rhs) && sel && identOf(n.Rhs[i]) != nil && params[info.Uses[identOf(n.Rhs[i])]] {
					found = true
				}
			}
			return false
		}
		return !found
	})
	return found
}

// A setterCandidate is a visible method that keeps a parameter in a field
// of its receiver, before its field's reads are judged.
type setterCandidate struct {
	obj   *types.Func
	param int
	field *types.Var
	slot  string
}

// setterOf returns the candidate fn is: the first string or token
// parameter it keeps (itself or through a call of the package) in a field
// of its receiver, promoted fields included.
func (c *checker) setterOf(fn *ssa.Function, obj *types.Func) (setterCandidate, bool) {
	recv := fn.Signature.Recv()
	if recv == nil || fn.TypeParams().Len() > 0 {
		return setterCandidate{}, false
	}
	for i := 1; i < len(fn.Params); i++ {
		if !settable(fn.Params[i].Type()) {
			continue
		}
		key, slot := c.paramKept(fn, i, 0)
		if f, ok := key.(*types.Var); ok && fieldByName(recv.Type(), obj.Pkg(), f.Name()) == f {
			return setterCandidate{obj: obj, param: i, field: f, slot: slot}, true
		}
	}
	return setterCandidate{}, false
}

// fieldByName returns the field of the struct t (or *t) named name, as the
// package pkg sees it (promoted fields included), or nil.
func fieldByName(t types.Type, pkg *types.Package, name string) *types.Var {
	obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
	v, _ := obj.(*types.Var)
	if v == nil || !v.IsField() {
		return nil
	}
	return v.Origin()
}

// exportSetters exports the Setter facts of the candidates whose field the
// package reads, with no expiry check, to send a request, from an exported
// function or method. A field the package itself keeps a token in (or, in
// DocuSign code, an oauth2.Token field set from a parameter) gets no fact:
// its reads are judged here (DS501).
func (c *checker) exportSetters(cands []setterCandidate) {
	if len(cands) == 0 {
		return
	}
	kept := c.stores()
	hyp := map[any]*location{}
	for _, s := range cands {
		if kept[s.field] == nil {
			hyp[s.field] = &location{desc: s.slot, pos: s.field.Pos()}
		}
	}
	if len(hyp) == 0 {
		return
	}
	callers := c.callSites()
	senders := map[any]map[*ssa.Function]bool{} // per field, the top-level functions that send it
	for _, fn := range c.funcs {
		for _, rd := range c.readsIn(fn, hyp) {
			if c.exempt(rd, callers) {
				continue
			}
			mark := func(f *ssa.Function) {
				for f.Parent() != nil {
					f = f.Parent()
				}
				if senders[rd.key] == nil {
					senders[rd.key] = map[*ssa.Function]bool{}
				}
				senders[rd.key][f] = true
			}
			if f := c.flow(rd.val); f&(flowSink|flowHeader) != 0 {
				mark(fn)
			} else if f&flowReturns != 0 {
				for _, call := range c.sendingCallers(fn, callers) {
					mark(call.Parent())
				}
			}
		}
	}
	for _, s := range cands {
		if senders[s.field] == nil {
			continue
		}
		if readers := c.readers(s.obj, senders[s.field]); len(readers) > 0 {
			c.pass.ExportObjectFact(s.obj, &Setter{Param: s.param, Field: s.field.Name(), Slot: s.slot, Readers: readers})
		}
	}
}

// readers returns the exported methods of the setter's receiver type (its
// method set: promoted methods too, not those its own methods shadow) and
// the exported functions of the package that call one of senders, directly
// or through other functions of the package.
func (c *checker) readers(setter *types.Func, senders map[*ssa.Function]bool) []string {
	var reach *fixpoint.Solver[*ssa.Function, bool]
	reach = fixpoint.New(false, func(fn *ssa.Function) bool {
		if senders[fn] {
			return true
		}
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				if call, ok := in.(ssa.CallInstruction); ok {
					if callee := bodyOf(call.Common()); callee != nil && callee.Pkg == c.ssa && reach.Get(callee) {
						return true
					}
				}
			}
		}
		return false
	})
	var out []string
	add := func(obj *types.Func) {
		if fn := c.ssa.Prog.FuncValue(obj); obj.Exported() && fn != nil && fn.Pkg == c.ssa && reach.Get(fn) {
			out = append(out, match.FuncName(obj))
		}
	}
	recv := setter.Signature().Recv().Type()
	if _, ok := recv.(*types.Pointer); !ok {
		recv = types.NewPointer(recv)
	}
	ms := types.NewMethodSet(recv)
	for i := range ms.Len() {
		add(ms.At(i).Obj().(*types.Func))
	}
	for _, fn := range c.funcs {
		if obj, ok := fn.Object().(*types.Func); ok && fn.Parent() == nil && obj.Signature().Recv() == nil {
			add(obj)
		}
	}
	slices.Sort(out)
	return out
}

// checkSetters reports DS501 at a call that gives a DocuSign token to
// another package's setter (a Setter fact) on a value that outlives the
// call (a receiver, a package variable, a client that is returned or
// stored): the token is sent after it expires. Not when the call is in a
// timed refresher or a function with expiry evidence, nor when the
// function then calls one of the setter's readers on the same value (a
// token fetched and set for the request it is sent with).
func (c *checker) checkSetters() {
	if !usesFacts(c.pass) {
		return
	}
	var renews map[*ssa.Function]map[*ssa.BasicBlock]bool
	var callers map[*ssa.Function][]*ssa.Call
	for call := range c.callInstrs() {
		f, obj := c.setter(call)
		if f == nil {
			continue
		}
		s, recv := c.token(call.Call.Args[f.Param]), call.Call.Args[0]
		if s == nil || !c.longLived(recv) && !escapes(recv, 0) {
			continue
		}
		if renews == nil {
			renews, callers = c.refreshers(), c.callSites()
		}
		fn := call.Parent()
		if renews[fn][call.Block()] || c.checked(fn) || c.checkedByCallers(fn, callers, 0) || sentAfter(call, f) {
			continue
		}
		pos := obj.Pos()
		if v := fieldByName(obj.Signature().Recv().Type(), obj.Pkg(), f.Field); v != nil {
			pos = v.Pos()
		}
		related := append([]analysis.RelatedInformation{{Pos: pos, Message: "the token is kept in " + f.Slot + ", declared here"}}, c.origin(s)...)
		at := c.rangeOf(call)
		c.r.Report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: "DS501", Related: related,
			Message: "DocuSign token kept by " + shortName(obj) + ", read with no expiry check " + expired(s.grant)})
	}
}

// setter returns the Setter fact of the method of another package a call
// invokes statically, and the method.
func (c *checker) setter(call *ssa.Call) (*Setter, *types.Func) {
	_, obj := calleeOf(call.Common())
	var f Setter
	if obj == nil || call.Call.IsInvoke() || obj.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(obj, &f) || f.Param >= len(call.Call.Args) {
		return nil, nil
	}
	return &f, obj
}

// sentAfter reports whether the function calling set then calls one of the
// setter's readers on the same value: the token was set for that request.
func sentAfter(set *ssa.Call, f *Setter) bool {
	recv := set.Call.Args[0]
	for _, b := range set.Parent().Blocks {
		for _, in := range b.Instrs {
			call, ok := in.(*ssa.Call)
			if !ok || call == set || !before(set, call) {
				continue
			}
			if _, obj := calleeOf(call.Common()); obj == nil || !slices.Contains(f.Readers, match.FuncName(obj)) {
				continue
			}
			for _, a := range call.Call.Args {
				if a == recv || holder(a) != nil && holder(a) == holder(recv) {
					return true
				}
			}
		}
	}
	return false
}
