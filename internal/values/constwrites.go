package values

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/match"
)

// Constant writes of fields: the constants a package writes to a string
// field, whatever else is written to it. A field's values (String) are
// unknown once one write is (a default overridden from the environment);
// a rule that judges a constant wherever it may reach a use, such as a
// hardcoded client secret shipped as a default, asks for these instead.

// ConstWritesFact is the fact exported for an exported string field of an
// exported struct type that its package writes constants to: the
// non-empty constants, deduplicated, in source order.
type ConstWritesFact struct {
	Values []string
}

// AFact marks ConstWritesFact as an analysis.Fact.
func (*ConstWritesFact) AFact() {}

// String returns the constants, for analysistest's fact expectations.
func (f *ConstWritesFact) String() string {
	return "consts[" + strings.Join(f.Values, " ") + "]"
}

// FieldConstants returns, when e reads a string field (cfg.OAuth.Secret),
// the non-empty constants written to that field by this package or, through
// ConstWritesFact, by the field's own package; nil otherwise.
func (r *Resolver) FieldConstants(e ast.Expr) []string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	v := r.stringField(sel)
	if v == nil {
		return nil
	}
	out := slices.Clone(r.facts.consts[v])
	for _, s := range r.ownConstWrites(v) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// ownConstWrites returns the non-empty constants this package writes to
// the string field v, deduplicated, in source order.
func (r *Resolver) ownConstWrites(v *types.Var) []string {
	r.indexFields()
	st := r.fields[v]
	if st == nil {
		return nil
	}
	var out []string
	for _, w := range st.writes {
		if s, ok := match.String(r.info, w); ok && s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// exportConstWrites exports the ConstWritesFacts of fields, the exported
// string fields of the package's exported struct types.
func exportConstWrites(pass *analysis.Pass, r *Resolver, fields []*types.Var) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, f := range fields {
		if vals := r.ownConstWrites(f); len(vals) > 0 && len(vals) <= maxValues {
			pass.ExportObjectFact(f, &ConstWritesFact{Values: vals})
		}
	}
}
