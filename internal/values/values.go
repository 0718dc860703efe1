// Package values resolves the string values an expression may take where it
// is used, for rules that judge the value reaching a call rather than the
// literal written there.
//
// A Resolver answers, for a string expression, the values it may take, each
// a sequence of known text and unknown holes, with where it came from
// ("constant legacyHeader", "returned by authHeader", "field TokenURL").
// It follows:
//   - constants and constant folding (go/types);
//   - concatenation, also across statements of a local variable whose every
//     assignment is visible (u := base; u += "/oauth/token");
//   - fmt.Sprintf and fmt.Sprint with resolvable arguments (a %s of an
//     unknown argument is a hole, the rest of the format is known);
//   - strings.Join of a resolvable slice, url.QueryEscape and url.PathEscape;
//   - url.URL{Scheme, Host, Path, RawQuery, Fragment} and its String, and
//     url.Values filled by Set, Add and Del and its Encode (urls.go);
//   - URLs parsed by url.Parse and url.ParseRequestURI (a known string, or
//     a known scheme and host before a hole), changed by field writes and
//     reassignments (u = u.JoinPath(...)), ResolveReference and
//     (*url.URL).Parse, their Query and fields; url.JoinPath and path.Join
//     of known elements (parse.go);
//   - slices: composite literals, append onto resolvable slices, package
//     variables given a value once and never written, slice expressions
//     with constant bounds (adminScopes[2:]);
//   - list fields and list parameters, as the union of the lists written
//     and appended to the field (functional options) or passed in the
//     calls of the function (listfields.go);
//   - results of functions and methods declared in the package, bounded by
//     maxCallDepth and cycle-safe;
//   - string fields whose every write in the package resolves (presets and
//     defaults of the application's config types, fields.go);
//   - through facts (Analyzer, facts.go), the lists, fields and function
//     results other packages export.
//
// Everything else (parameters, fields written from them or handed to a
// decoder, calls into packages without facts, values assigned under a
// condition) is a hole: an unknown part stays unknown. Nothing is guessed
// from names, and results never depend on map order or on the order
// declarations appear in.
package values

import (
	"go/ast"
	"go/types"
	"strings"
)

// Limits of resolution. Past them a value is a hole.
const (
	// maxValues bounds the alternatives of one expression (a function with
	// several returns, concatenations of such).
	maxValues = 8
	// maxCallDepth bounds nested function results followed from one use.
	maxCallDepth = 4
	// maxExprDepth bounds the expression and variable chain followed.
	maxExprDepth = 32
	// maxElems bounds the elements of a resolved slice.
	maxElems = 64
)

// Part is a piece of a string value: known text, or a hole of unknown text.
type Part struct {
	Text string
	Hole bool
}

// Value is one string an expression may take.
type Value struct {
	Parts []Part
	// Via says where the value came from, outermost first, for messages:
	// "constant legacyHeader", "returned by authHeader", "variable scopes".
	Via []string
}

// Known returns the whole string when the value has no hole.
func (v Value) Known() (string, bool) {
	var b strings.Builder
	for _, p := range v.Parts {
		if p.Hole {
			return "", false
		}
		b.WriteString(p.Text)
	}
	return b.String(), true
}

// Pattern returns the value with each hole written as "%s", the form
// fmt.Sprintf formats use ("%s/oauth2/token" for base + "/oauth2/token").
func (v Value) Pattern() string {
	var b strings.Builder
	for _, p := range v.Parts {
		if p.Hole {
			b.WriteString("%s")
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// Marked returns the value with each hole written as mark, for callers
// that search the known text and must not match across a hole.
func (v Value) Marked(mark string) string {
	var b strings.Builder
	for _, p := range v.Parts {
		if p.Hole {
			b.WriteString(mark)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// HasKnown reports whether any part of v is known text.
func (v Value) HasKnown() bool {
	for _, p := range v.Parts {
		if !p.Hole && p.Text != "" {
			return true
		}
	}
	return false
}

// Elem is one element of a resolved []string.
type Elem struct {
	Text  string
	Known bool
	// Expr is the element's expression in this package, or nil for an
	// element of another package's list (known through its ListFact).
	Expr ast.Expr
	// Const is the named constant the element is, when it is one.
	Const *types.Const
	// Merged: the element comes from a list field or parameter that joins
	// several writes or calls (listfields.go), so it may be in the list at
	// some uses only.
	Merged bool
}

var hole = []Value{{Parts: []Part{{Hole: true}}}}

func known(s string) []Value { return []Value{{Parts: []Part{{Text: s}}}} }

func concat(a, b []Value) []Value {
	if a == nil {
		return b
	}
	if len(a)*len(b) > maxValues {
		return hole
	}
	out := make([]Value, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			parts := append(append([]Part(nil), x.Parts...), y.Parts...)
			v := Value{Parts: merge(parts)}
			v.Via = append(append(v.Via, x.Via...), y.Via...)
			out = append(out, v)
		}
	}
	return out
}

// merge joins adjacent known parts and adjacent holes.
func merge(parts []Part) []Part {
	var out []Part
	for _, p := range parts {
		if !p.Hole && p.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Hole == p.Hole {
			out[n-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	return out
}

func dedup(vals []Value) []Value {
	var out []Value
	seen := map[string]bool{}
	for _, v := range vals {
		k := v.Pattern()
		for _, p := range v.Parts {
			if p.Hole {
				k = "\x00" + k
				break
			}
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

func mapKnown(vals []Value, f func(string) string) []Value {
	out := make([]Value, len(vals))
	for i, v := range vals {
		parts := make([]Part, len(v.Parts))
		for j, p := range v.Parts {
			parts[j] = p
			if !p.Hole {
				parts[j].Text = f(p.Text)
			}
		}
		out[i] = Value{Parts: parts, Via: v.Via}
	}
	return out
}

func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	if !ok {
		if t == nil {
			return false
		}
		b, ok = t.Underlying().(*types.Basic)
	}
	return ok && b.Info()&types.IsString != 0
}

func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}
