package docusign

import "strings"

// IDs across environments (RULES.md, "Beyond the FAQs"): the integration
// key keeps its GUID after Go Live (FAQ-0, "Will my integration key change
// after Go Live? No"), but the impersonated user's GUID and the account ID
// do not: FAQ-0 asks to "update the impersonated user's GUID to the value of
// the API username on a production account", and demo and production
// accounts are separate instances with different account IDs.

// UnknownPart stands, in a string assembled from parts (match.Pieces), for a
// part whose value is not known.
const UnknownPart = "\x00"

// guidLen is the length of a GUID without braces: 8-4-4-4-12 hex digits.
const guidLen = 36

// PlaceholderGUID reports whether the GUID s is a stand-in rather than an
// ID: all its digits the same (the nil GUID 00000000-0000-0000-0000-000000000000,
// ffffffff-...), as templates and examples write where the real ID goes.
// A placeholder works in no environment, so it is not an ID that changes at
// Go Live.
func PlaceholderGUID(s string) bool {
	s = strings.NewReplacer("{", "", "}", "", "-", "").Replace(s)
	return s != "" && strings.Count(s, s[:1]) == len(s)
}

// IsGUID reports whether s is a GUID: 8-4-4-4-12 hex digits, optionally in
// braces. DocuSign user IDs, account IDs and integration keys are GUIDs.
func IsGUID(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "{"), "}")
	if len(s) != guidLen {
		return false
	}
	for i := range len(s) {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !isHex(c) {
				return false
			}
		}
	}
	return true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// accountPaths are the DocuSign API paths that an account ID follows
// (eSignature REST v2 and v2.1, Click). Another API's path ends in
// "/accounts/" only where the string also names a DocuSign host.
var accountPaths = []string{"/restapi/v2/accounts/", "/restapi/v2.1/accounts/", "/clickapi/v1/accounts/"}

// AccountPathID returns the byte offsets of the first account ID GUID in
// s that follows a DocuSign API path: "/restapi/v2.1/accounts/<guid>", or
// "/accounts/<guid>" after a DocuSign host ("https://api-d.docusign.com/v1/
// accounts/<guid>/agreements"). A placeholder GUID (PlaceholderGUID) is
// not an account ID. The GUID must end the string or be followed
// by "/", "?", "#" or UnknownPart. ok is false when there is none.
func AccountPathID(s string) (start, end int, ok bool) { return accountPathID(s, false) }

// relativeAccountPaths are the eSignature REST paths that an account ID
// follows relative to a base URI that already ends in /restapi (UserInfo's
// base_uri + "/restapi").
var relativeAccountPaths = []string{"/v2/accounts/", "/v2.1/accounts/"}

// RelativeAccountPathID is AccountPathID for a string of code that is
// demonstrably about DocuSign (evidence.Package): it also accepts a path
// relative to the eSignature base URI, "/v2.1/accounts/<guid>/envelopes",
// at the start of s or after an UnknownPart (base + "/v2.1/accounts/...").
// Behind known text (another API's host) such a path is not DocuSign's.
func RelativeAccountPathID(s string) (start, end int, ok bool) { return accountPathID(s, true) }

func accountPathID(s string, relative bool) (start, end int, ok bool) {
	const seg = "/accounts/"
	hostEnd := -1
	if MaybeMentions(s) {
		if hs := FindHosts(s); len(hs) > 0 {
			hostEnd = hs[0].End
		}
	}
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], seg)
		if i < 0 {
			return 0, 0, false
		}
		i += off
		start, end = i+len(seg), i+len(seg)+guidLen
		off = i + 1
		if end > len(s) || !IsGUID(s[start:end]) || PlaceholderGUID(s[start:end]) || end < len(s) && !strings.ContainsRune("/?#"+UnknownPart, rune(s[end])) {
			continue
		}
		if hostEnd >= 0 && hostEnd <= i || apiPathAt(s, start) || relative && relativePathAt(s, start) {
			return start, end, true
		}
	}
	return 0, 0, false
}

// relativePathAt reports whether one of relativeAccountPaths ends at
// offset i of s and starts s or follows an UnknownPart.
func relativePathAt(s string, i int) bool {
	for _, p := range relativeAccountPaths {
		if before, ok := strings.CutSuffix(s[:i], p); ok && (before == "" || strings.HasSuffix(before, UnknownPart)) {
			return true
		}
	}
	return false
}

// apiPathAt reports whether one of accountPaths ends at offset i of s.
func apiPathAt(s string, i int) bool {
	for _, p := range accountPaths {
		if strings.HasSuffix(strings.ToLower(s[:i]), p) {
			return true
		}
	}
	return false
}
