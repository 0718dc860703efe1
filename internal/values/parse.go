package values

import (
	"go/ast"
	"net/url"
	"path"
	"slices"
	"strings"
)

// URLs parsed from strings: url.Parse and url.ParseRequestURI of a
// resolvable string, and the URLs derived from one with JoinPath,
// ResolveReference and (*url.URL).Parse. A parsed URL is the same field
// map as a url.URL literal (urlLit), so field writes, Query and String
// compose with it as they do with a literal.

// The net/url functions and methods that make a URL from another value
// (besides knowledge.URLParsers).
const (
	urlJoinPath   = "net/url.JoinPath"
	urlRefParse   = "(*net/url.URL).Parse"
	urlJoinPathM  = "(*net/url.URL).JoinPath"
	urlResolveRef = "(*net/url.URL).ResolveReference"
	urlQuery      = "(*net/url.URL).Query"
	pathJoin      = "path.Join"
)

// parsedURL returns the fields of the URL url.Parse (or, with request,
// url.ParseRequestURI) makes of the string values vals. Each value is
// parsed on its own (parseValue); the alternatives must differ in one field
// at most, else which field values go together would be lost.
func parsedURL(vals []Value, request bool) (map[string][]Value, bool) {
	if len(vals) == 0 || len(vals) > maxValues {
		return nil, false
	}
	alts := make([]map[string][]Value, 0, len(vals))
	for _, v := range vals {
		f, ok := parseValue(v, request)
		if !ok {
			return nil, false
		}
		alts = append(alts, f)
	}
	out := map[string][]Value{}
	varying := false
	for _, name := range urlFields {
		var field []Value
		for _, a := range alts {
			field = append(field, fieldOr(a, name)...)
		}
		field = dedup(field)
		if len(field) > 1 {
			if varying {
				return nil, false
			}
			varying = true
		}
		out[name] = field
	}
	return out, true
}

// parseValue returns the fields of the URL parsing one value makes. A
// fully known value is parsed. With a hole, the text before it must hold
// the scheme and the whole host ("https://host/" + id): the part of the
// URL the hole starts in keeps its known beginning, the parts after it are
// unknown (the hole may hold a "?" or a "#"). A value whose known text
// ends before the host does, or that needs a field the resolver does not
// write (user info, an opaque or a raw path), is unknown.
func parseValue(v Value, request bool) (map[string][]Value, bool) {
	parse := url.Parse
	if request {
		parse = url.ParseRequestURI
	}
	if s, ok := v.Known(); ok {
		u, err := parse(s)
		if err != nil {
			return nil, false
		}
		fields, ok := fieldsOf(u)
		return withVia(fields, v.Via), ok
	}
	prefix := ""
	if len(v.Parts) > 0 && !v.Parts[0].Hole {
		prefix = v.Parts[0].Text
	}
	scheme, rest, ok := strings.Cut(prefix, "://")
	if !ok || strings.ContainsAny(scheme, "/?#") {
		return nil, false // no scheme, or a relative reference
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		return nil, false // the hole may continue the host, or add a port or user info
	}
	u, err := parse(scheme + "://" + rest[:end])
	if err != nil || u.Scheme == "" || u.Host == "" || u.Path != "" {
		return nil, false
	}
	fields, ok := fieldsOf(u)
	if !ok {
		return nil, false
	}
	withVia(fields, v.Via)
	rest = rest[end:]
	// The parts after the host, each ended by one of its separators
	// (ParseRequestURI keeps a "#" in the path or query).
	parts := []struct{ name, seps string }{{"Path", "?#"}, {"RawQuery", "#"}, {"Fragment", ""}}
	if request {
		parts = []struct{ name, seps string }{{"Path", "?"}, {"RawQuery", ""}}
	}
	in := false // the hole is in an earlier part
	for _, p := range parts {
		if in {
			fields[p.name] = hole
			continue
		}
		text := rest
		if j := strings.IndexAny(rest, p.seps); p.seps != "" && j >= 0 {
			text, rest = rest[:j], rest[j+1:]
		} else {
			in = true
		}
		if p.name != "RawQuery" && strings.Contains(text, "%") {
			return nil, false // escaped text: a raw form String may keep, or an escape the hole completes
		}
		fields[p.name] = known(text)
		if in {
			fields[p.name] = concat(fields[p.name], hole)
		}
	}
	return fields, true
}

// withVia puts via, where the parsed string came from (a constant, a
// function), on the host of fields, and returns fields.
func withVia(fields map[string][]Value, via []string) map[string][]Value {
	if fields != nil && len(via) > 0 {
		fields["Host"] = []Value{{Parts: fields["Host"][0].Parts, Via: via}}
	}
	return fields
}

// fieldsOf returns the fields of u the resolver writes, or false when u
// sets another one (String would write it, the field map would not).
func fieldsOf(u *url.URL) (map[string][]Value, bool) {
	if u == nil || u.Opaque != "" || u.User != nil || u.RawPath != "" || u.ForceQuery || u.OmitHost || u.RawFragment != "" {
		return nil, false
	}
	return map[string][]Value{
		"Scheme":   known(u.Scheme),
		"Host":     known(u.Host),
		"Path":     known(u.Path),
		"RawQuery": known(u.RawQuery),
		"Fragment": known(u.Fragment),
	}, true
}

// realURL returns the url.URL the fields make when each is known.
func realURL(fields map[string][]Value) (*url.URL, bool) {
	all, ok := knownFields(fields)
	if !ok {
		return nil, false
	}
	return &url.URL{Scheme: all["Scheme"], Host: all["Host"], Path: all["Path"], RawQuery: all["RawQuery"], Fragment: all["Fragment"]}, true
}

// joinPath applies (*url.URL).JoinPath(elems...) to the fields: the path
// is joined when it and every element are known, else it is unknown; the
// other fields stay.
func joinPath(fields map[string][]Value, elems [][]Value) (map[string][]Value, bool) {
	var texts []string
	for _, e := range elems {
		s, ok := single(e)
		if !ok {
			texts = nil
			break
		}
		texts = append(texts, s)
	}
	out := copyFields(fields)
	out["Path"] = hole
	if texts == nil && len(elems) > 0 {
		return out, true
	}
	var paths []Value
	for _, p := range fieldOr(fields, "Path") {
		s, ok := p.Known()
		if !ok {
			return out, true
		}
		j := (&url.URL{Path: s}).JoinPath(texts...)
		if j.RawPath != "" {
			return nil, false
		}
		paths = append(paths, known(j.Path)...)
	}
	out["Path"] = dedup(paths)
	return out, true
}

// resolveReference applies base.ResolveReference(ref) to the fields of
// base and ref. ref must be known. With base known in full, the result is
// (*url.URL).ResolveReference's; else only a reference whose result does
// not depend on the unknown parts of base is followed: an absolute one, a
// network-path one (the scheme is base's), or a path one with the path of
// base known or not needed (an absolute path).
func resolveReference(base, ref map[string][]Value) (map[string][]Value, bool) {
	r, ok := realURL(ref)
	if !ok {
		return nil, false
	}
	if b, ok := realURL(base); ok {
		return fieldsOf(b.ResolveReference(r))
	}
	switch {
	case r.Scheme != "":
		return fieldsOf((&url.URL{}).ResolveReference(r))
	case r.Host != "":
		out, ok := fieldsOf((&url.URL{Scheme: "x"}).ResolveReference(r))
		if ok {
			out["Scheme"] = fieldOr(base, "Scheme")
		}
		return out, ok
	case r.Path == "":
		return nil, false // the query and fragment of base may stay
	}
	basePath := ""
	if !strings.HasPrefix(r.Path, "/") {
		p, ok := single(fieldOr(base, "Path"))
		if !ok {
			return nil, false
		}
		basePath = p
	}
	out, ok := fieldsOf((&url.URL{Scheme: "x", Host: "x", Path: basePath}).ResolveReference(r))
	if ok {
		out["Scheme"], out["Host"] = fieldOr(base, "Scheme"), fieldOr(base, "Host")
	}
	return out, ok
}

// urlField resolves a read of a field of a URL (u.Path, u.Host): the
// field's value where the URL resolves, for the fields String writes.
func (r *Resolver) urlField(sel *ast.SelectorExpr) []Value {
	if !slices.Contains(urlFields, sel.Sel.Name) {
		return hole
	}
	fields, ok := r.urlLit(sel.X, sel.Pos())
	if !ok {
		return hole
	}
	return fieldOr(fields, sel.Sel.Name)
}

// urlJoin resolves the string url.JoinPath(base, elems...) returns: base
// parsed, joined as (*url.URL).JoinPath joins, written by String.
func (r *Resolver) urlJoin(call *ast.CallExpr) []Value {
	if len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return hole
	}
	fields, ok := parsedURL(r.str(call.Args[0]), false)
	if !ok {
		return hole
	}
	elems := make([][]Value, len(call.Args)-1)
	for i, a := range call.Args[1:] {
		elems[i] = r.str(a)
	}
	if fields, ok = joinPath(fields, elems); !ok {
		return hole
	}
	return formatURL(fields)
}

// pathJoin resolves path.Join of known elements; an unknown element may
// hold ".." or be empty, so any makes the result unknown.
func (r *Resolver) pathJoin(call *ast.CallExpr) []Value {
	if call.Ellipsis.IsValid() {
		return hole
	}
	elems := make([]string, len(call.Args))
	for i, a := range call.Args {
		s, ok := single(r.str(a))
		if !ok {
			return hole
		}
		elems[i] = s
	}
	return known(path.Join(elems...))
}

func copyFields(fields map[string][]Value) map[string][]Value {
	out := make(map[string][]Value, len(fields))
	for k, v := range fields {
		out[k] = v
	}
	return out
}
