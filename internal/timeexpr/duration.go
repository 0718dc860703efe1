package timeexpr

import (
	"go/ast"
	"go/token"
	"go/types"
	"time"

	"github.com/dslint/dslint/internal/match"
)

// Duration is an evaluated time.Duration expression: the shortest value it
// takes. Growing is set when the value is a backoff variable that starts at
// D and only grows (d *= 2) with no other assignment.
type Duration struct {
	D       time.Duration
	Growing bool
}

// maxDurationDepth bounds how many definitions a duration is followed through.
const maxDurationDepth = 8

// Durations evaluates time.Duration expressions in the files of one
// package: constants and constant expressions (30 * time.Second), local
// variables with a single definition, unexported package variables never
// reassigned, unexported fields of the package's own struct types whose
// every explicit value is known (the smallest counts), and local backoff
// variables that start at a known value and only grow. Anything else (a
// parameter, a flag, configuration, an exported variable or field another
// package may set) is unknown.
type Durations struct {
	info   *types.Info
	files  []*ast.File
	inits  map[*types.Var]ast.Expr
	fields map[*types.Var][]write // nil entry: some write is not a plain value
	defs   map[*ast.BlockStmt]*Defs
}

// NewDurations returns an evaluator for the package of files.
func NewDurations(info *types.Info, files []*ast.File) *Durations {
	return &Durations{info: info, files: files, defs: map[*ast.BlockStmt]*Defs{}}
}

// Eval evaluates e, an expression in the function body fn (the outermost
// function declaration's body, so that closures see its variables; nil at
// package level). ok is false when the value is not known.
func (ds *Durations) Eval(fn *ast.BlockStmt, e ast.Expr) (Duration, bool) {
	return ds.eval(fn, e, 0)
}

func (ds *Durations) eval(fn *ast.BlockStmt, e ast.Expr, depth int) (Duration, bool) {
	if depth > maxDurationDepth {
		return Duration{}, false
	}
	e = ast.Unparen(e)
	if n, ok := match.Int(ds.info, e); ok {
		return Duration{D: time.Duration(n)}, true
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v := ds.local(e); v != nil {
			if x, ok := ds.localDefs(fn).Def(e); ok {
				return ds.eval(fn, x, depth+1)
			}
			return ds.backoff(fn, v, depth)
		}
		return ds.packageVar(fn, e, depth)
	case *ast.SelectorExpr:
		if d, ok := ds.packageVar(fn, e, depth); ok {
			return d, true
		}
		return ds.field(e, depth)
	case *ast.BinaryExpr:
		x, okX := ds.eval(fn, e.X, depth+1)
		y, okY := ds.eval(fn, e.Y, depth+1)
		if !okX || !okY {
			return Duration{}, false
		}
		g := x.Growing || y.Growing
		switch e.Op {
		case token.MUL:
			return Duration{D: x.D * y.D, Growing: g}, true
		case token.ADD:
			return Duration{D: x.D + y.D, Growing: g}, true
		case token.QUO:
			if y.D != 0 && !y.Growing {
				return Duration{D: x.D / y.D, Growing: g}, true
			}
		case token.SUB:
			if !y.Growing {
				return Duration{D: x.D - y.D, Growing: g}, true
			}
		}
	case *ast.CallExpr:
		if tv, ok := ds.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 && isInteger(tv.Type) {
			return ds.eval(fn, e.Args[0], depth+1) // time.Duration(n)
		}
	}
	return Duration{}, false
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// local returns the local variable id refers to, or nil.
func (ds *Durations) local(id *ast.Ident) *types.Var {
	v, ok := ds.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

func (ds *Durations) localDefs(fn *ast.BlockStmt) *Defs {
	if fn == nil {
		return NewDefs(ds.info, nil)
	}
	d, ok := ds.defs[fn]
	if !ok {
		d = NewDefs(ds.info, fn)
		ds.defs[fn] = d
	}
	return d
}

// Defs returns the index of the local definitions of fn (see Eval), shared
// with the evaluator.
func (ds *Durations) Defs(fn *ast.BlockStmt) *Defs { return ds.localDefs(fn) }

func (ds *Durations) packageVar(fn *ast.BlockStmt, e ast.Expr, depth int) (Duration, bool) {
	v := match.PackageVar(ds.info, e)
	if v == nil || v.Exported() { // another package may set an exported one

		return Duration{}, false
	}
	if ds.inits == nil {
		ds.inits = match.PackageInits(ds.info, ds.files)
	}
	init, ok := ds.inits[v]
	if !ok {
		return Duration{}, false
	}
	return ds.eval(nil, init, depth+1)
}
