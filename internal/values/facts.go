package values

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/objectpath"
)

// Facts about fields and function results, so that values resolve across
// packages under go vet and nogo too (one package at a time).

// FactValue is one value in a fact: its parts, known text and holes.
type FactValue struct {
	Parts []Part
}

// FieldFact is the fact exported for an exported string field of an
// exported struct type whose writes in its package all resolve: the
// values written there. Fields lists the fields of other packages (by
// FieldKey) the values were read from: a package that writes one of them
// cannot trust the values.
type FieldFact struct {
	Values []FactValue
	Fields []string
}

// AFact marks FieldFact as an analysis.Fact.
func (*FieldFact) AFact() {}

// String returns the values, for analysistest's fact expectations.
func (f *FieldFact) String() string { return "field[" + patterns(f.Values) + "]" }

// ResultFact is the fact exported for an exported function or method of
// an exported type whose string results resolve: the values of each, by
// result index. Fields is as in FieldFact (the fields of this or other
// packages the results read: a package writing one of them sees another
// value).
type ResultFact struct {
	Results []FactResult
	Fields  []string
}

// FactResult is the values of one result.
type FactResult struct {
	Index  int
	Values []FactValue
}

// AFact marks ResultFact as an analysis.Fact.
func (*ResultFact) AFact() {}

// String returns the values, for analysistest's fact expectations.
func (f *ResultFact) String() string {
	var out []string
	for _, r := range f.Results {
		out = append(out, patterns(r.Values))
	}
	return "results[" + strings.Join(out, "; ") + "]"
}

// WritesFact is the package fact listing the string fields of other
// packages' types that a package writes, or lets code it does not show
// write (by FieldKey): in the packages importing it their values are
// unknown.
type WritesFact struct {
	Fields []string
}

// AFact marks WritesFact as an analysis.Fact.
func (*WritesFact) AFact() {}

// String returns the fields, for analysistest's fact expectations.
func (f *WritesFact) String() string { return "writes[" + strings.Join(f.Fields, " ") + "]" }

func patterns(vals []FactValue) string {
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = Value{Parts: v.Parts}.Pattern()
	}
	return strings.Join(out, "|")
}

// Limits of facts: past them nothing is exported.
const (
	// maxFactText bounds the text of one exported fact.
	maxFactText = 2048
	// maxFactFields bounds the fields a fact depends on.
	maxFactFields = 16
)

// FieldKey names a field across packages: its package path and object
// path, or "" for a field no path reaches (of a type declared in a
// function).
func FieldKey(v *types.Var) string {
	if v.Pkg() == nil {
		return ""
	}
	p, err := objectpath.For(v)
	if err != nil {
		return ""
	}
	return v.Pkg().Path() + "." + string(p)
}

// imports is what the facts of the packages imported say.
// usedIn reports whether the package of info uses (reads, writes or calls)
// a field or function another package has a FieldFact or ResultFact for:
// only then can an imported value reach its own fields and results. (The
// facts of every package below in the import graph are visible, so that
// some exist is no sign that any reaches this package.)
func (im *imports) usedIn(info *types.Info) bool {
	if len(im.fields) == 0 && len(im.results) == 0 {
		return false
	}
	for _, obj := range info.Uses {
		switch obj := obj.(type) {
		case *types.Var:
			if im.fields[obj.Origin()] != nil {
				return true
			}
		case *types.Func:
			if im.results[obj.Origin()] != nil {
				return true
			}
		}
	}
	return false
}

type imports struct {
	lists   map[*types.Var][]string
	fields  map[*types.Var]*FieldFact
	results map[*types.Func]*ResultFact
	writes  map[string]bool         // fields some dependency writes (WritesFact)
	pkgs    map[string]bool         // the paths of the packages fields has facts of
	consts  map[*types.Var][]string // constants written to fields (ConstWritesFact)
	// keys caches FieldKey of this package's writes of other packages'
	// fields, built on first use.
	keys map[string]bool
}

func (f *FieldFact) values() []Value { return factValues(f.Values) }

func factValues(fvs []FactValue) []Value {
	out := make([]Value, len(fvs))
	for i, v := range fvs {
		out[i] = Value{Parts: v.Parts}
	}
	return out
}

// written reports whether a dependency writes the imported field v.
func (im *imports) written(v *types.Var) bool {
	return len(im.writes) > 0 && im.writes[FieldKey(v)]
}

// depsKnown reports whether no field an imported fact read is written by
// this package or a dependency.
func (r *Resolver) depsKnown(keys []string) bool {
	if len(keys) == 0 {
		return true
	}
	own := r.ownWrites()
	for _, k := range keys {
		if r.facts.writes[k] || own[k] {
			return false
		}
	}
	if r.trace != nil {
		for _, k := range keys {
			r.traceKeys[k] = true
		}
	}
	return true
}

// ownWrites returns the FieldKeys of the fields of other packages this
// package writes or leaks.
func (r *Resolver) ownWrites() map[string]bool {
	if r.facts.keys == nil {
		r.facts.keys = map[string]bool{}
		for _, k := range r.foreignWrites() {
			r.facts.keys[k] = true
		}
	}
	return r.facts.keys
}

// foreignWrites returns the FieldKeys of the string fields of other
// packages' types this package writes or leaks, sorted: those of packages
// that export field or result facts (no other field resolves anywhere).
func (r *Resolver) foreignWrites() []string {
	r.indexFields()
	var out []string
	for v := range r.fields {
		if v.Pkg() != nil && v.Pkg() != r.pkg && r.facts.pkgs[v.Pkg().Path()] {
			if k := FieldKey(v); k != "" {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// importedResults resolves a call of another package's function through
// its ResultFact.
func (r *Resolver) importedResults(fn *types.Func, i int) []Value {
	f, ok := r.facts.results[fn]
	if !ok || !r.depsKnown(f.Fields) {
		return hole
	}
	for _, res := range f.Results {
		if res.Index == i {
			return via(factValues(res.Values), "returned by "+fn.Name())
		}
	}
	return hole
}

// factOf turns resolved values into fact values, or reports false when
// they are not worth exporting: a hole only, too many or too long.
func factOf(vals []Value) ([]FactValue, bool) {
	if len(vals) == 0 || len(vals) > maxValues {
		return nil, false
	}
	n := 0
	out := make([]FactValue, len(vals))
	for i, v := range vals {
		if !v.HasKnown() {
			return nil, false
		}
		for _, p := range v.Parts {
			n += len(p.Text)
		}
		out[i] = FactValue{Parts: v.Parts}
	}
	return out, n <= maxFactText
}

// traced resolves f with dependency tracing on, and returns the FieldKeys
// of the fields read (this package's and others'), or false when one has
// no key or there are too many.
func (r *Resolver) traced(f func() []Value) ([]Value, []string, bool) {
	r.trace, r.traceKeys = map[*types.Var]bool{}, map[string]bool{}
	saved := r.results
	r.results = map[any]cached{} // cached results carry no trace
	vals := f()
	r.results = saved
	keys := r.traceKeys
	for v := range r.trace {
		k := FieldKey(v)
		if k == "" {
			r.trace, r.traceKeys = nil, nil
			return nil, nil, false
		}
		keys[k] = true
	}
	r.trace, r.traceKeys = nil, nil
	out := make([]string, 0, len(keys))
	for k := range keys {
		out = append(out, k)
	}
	slices.Sort(out)
	return vals, out, len(out) <= maxFactFields
}
