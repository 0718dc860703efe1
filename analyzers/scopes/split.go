package scopes

import (
	"net/url"
	"slices"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
)

// Separators that do not separate DocuSign scopes. A list element or a
// scope string holding one of them is read by DocuSign as one unknown scope.
var badSeparators = []string{",", ";", "+", "%20"}

// splitScopes splits one scope element or scope string into scope names. Scopes
// are separated by white space; the wrong separators (, ; + %20) are split
// too, and the first one found is returned as bad ("" when the value only
// uses spaces).
func splitScopes(s string) (names []string, bad string) {
	best := -1
	for _, sep := range badSeparators {
		if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
			best, bad = i, sep
		}
	}
	r := strings.NewReplacer(",", " ", ";", " ", "+", " ", "%20", " ")
	return strings.Fields(r.Replace(s)), bad
}

// paramScope returns the decoded scope parameter of a URL or of a query
// string ("…/oauth/auth?response_type=code&scope=signature%20impersonation"),
// the response_type parameter, and whether a scope parameter is present.
// '+' and %20 decode to spaces as in any query string.
func paramScope(s string) (scope, responseType string, ok bool) {
	q := s
	if i := strings.IndexByte(q, '?'); i >= 0 {
		q = q[i+1:]
	}
	if i := strings.IndexByte(q, '#'); i >= 0 {
		q = q[:i]
	}
	for _, kv := range strings.Split(q, "&") {
		k, v, _ := strings.Cut(kv, "=")
		dv, err := url.QueryUnescape(v)
		if err != nil {
			// A fmt format string escapes % as %%
			// ("scope=signature%%20impersonation"); anything else that
			// does not decode (a %s verb) is a value we cannot know.
			dv, err = url.QueryUnescape(strings.ReplaceAll(v, "%%", "%"))
		}
		switch {
		case err != nil:
		case k == "scope":
			scope, ok = dv, true
		case k == "response_type":
			responseType = dv
		}
	}
	return scope, responseType, ok
}

// authPath reports whether the URL s has the DocuSign authorization path
// (/oauth/auth), and its host ("" when s has no scheme and host).
func authPath(s string) (host string, ok bool) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if strings.Contains(s, "://") {
		host = docusign.HostOf(s)
	}
	return host, strings.HasSuffix(strings.TrimSuffix(s, "/"), docusign.AuthPath)
}

// suggest returns the catalogue scope closest to name within edit distance
// 2, or "" when there is none or the closest is ambiguous. A verb form of a
// longer scope ("impersonate" for "impersonation") counts as distance 2.
func suggest(name string) string {
	best, bestD, ties := "", 3, 0
	lname := strings.ToLower(name)
	stem := strings.TrimSuffix(lname, "e")
	for _, s := range docusign.Scopes() {
		d := distance(lname, s.Name, 3)
		if d > 2 && len(stem) >= 6 && strings.HasPrefix(s.Name, stem) && len(s.Name)-len(stem) <= 3 {
			d = 2
		}
		switch {
		case d < bestD:
			best, bestD, ties = s.Name, d, 0
		case d == bestD:
			ties++
		}
	}
	if ties > 0 {
		return ""
	}
	return best
}

// distance returns the Levenshtein distance of a and b, or max when it is
// at least max (the computation stops early).
func distance(a, b string, max int) int {
	if d := len(a) - len(b); d >= max || -d >= max {
		return max
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= max {
			return max
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], max)
}

// docuSignSpecific reports whether name is a DocuSign scope, or a near miss
// of one, other than the generic OpenID Connect "openid": a list holding
// one is a DocuSign scope list even where nothing else says so.
func docuSignSpecific(name string) bool {
	if name == "openid" || strings.Contains(name, "/") {
		return false
	}
	return docusign.IsScope(name) || suggest(name) != "" && suggest(name) != "openid"
}

// namesDocuSign reports whether a scope element names a DocuSign-specific
// scope or a near miss of one.
func namesDocuSign(s string) bool {
	names, _ := splitScopes(s)
	return slices.ContainsFunc(names, docuSignSpecific)
}
