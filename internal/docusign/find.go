package docusign

import "strings"

// Mention is a DocuSign host found inside a larger string.
type Mention struct {
	Host       Host
	Start, End int // byte offsets of the host name in the string
}

// MaybeMentions reports cheaply whether s may contain a DocuSign host: it is
// the pre-filter to run before FindHosts on every string literal.
func MaybeMentions(s string) bool {
	return indexFold(s, "docusign.") >= 0
}

// FindHosts returns every DocuSign host name that stands as a whole token in
// s: in a URL, a bare host, or text such as "POST to account-d.docusign.com".
// Look-alikes (demo.docusignal.net, account-d.docusign.com.evil.io) are not
// DocuSign hosts and are not returned.
func FindHosts(s string) []Mention {
	var out []Mention
	for off := 0; off < len(s); {
		i := indexFold(s[off:], "docusign.")
		if i < 0 {
			break
		}
		i += off
		start := i
		for start > 0 && isHostByte(lower(s[start-1])) {
			start--
		}
		end := i
		for end < len(s) && isHostByte(lower(s[end])) {
			end++
		}
		off = end
		if end == i+len("docusign.") {
			continue
		}
		name := strings.TrimSuffix(strings.ToLower(s[start:end]), ".")
		if h, ok := Classify(name); ok && h.Name == name {
			out = append(out, Mention{Host: h, Start: start, End: start + len(name)})
		}
	}
	return out
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// indexFold is strings.Index ignoring ASCII case of s; sub must be lower case.
// It is run on every string literal of every package (MaybeMentions): an
// offset is compared only when it holds sub's first byte in either case.
func indexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	c, u := sub[0], upper(sub[0])
	for i := 0; i+n <= len(s); i++ {
		if b := s[i]; b != c && b != u {
			continue
		}
		j := 1
		for j < n && lower(s[i+j]) == sub[j] {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}

// upper returns the ASCII upper case of c.
func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// ContainsFold reports whether s contains sub, ignoring ASCII case; sub must
// be lower case. It allocates nothing, for use as a pre-filter on literals.
func ContainsFold(s, sub string) bool { return indexFold(s, sub) >= 0 }
