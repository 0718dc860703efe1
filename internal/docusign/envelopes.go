package docusign

import (
	"strings"
	"time"
)

// Envelope status polling (RULES.md, "Beyond the FAQs"): DocuSign's API
// rules allow at most one status request per envelope every 15 minutes, and
// the Go Live review rejects integrations that poll faster ("excessive
// polling"); Connect webhooks (or an envelope's eventNotification) replace
// polling.

// MinPollInterval is the shortest interval DocuSign's API rules allow
// between two status requests for an envelope.
const MinPollInterval = 15 * time.Minute

// restAccounts are the eSignature REST paths an account ID follows;
// relAccounts the same paths relative to a REST base that already ends in
// /restapi (UserInfo's base_uri + "/restapi").
var (
	restAccounts = []string{"/restapi/v2.1/accounts/", "/restapi/v2/accounts/"}
	relAccounts  = []string{"/v2.1/accounts/", "/v2/accounts/"}
)

// EnvelopeStatusPath reports whether the URL s, assembled from parts with
// UnknownPart for each unknown one, is a GET of envelope status in the
// eSignature REST API: .../restapi/v2.1/accounts/{accountId}/envelopes
// (listStatusChanges), .../envelopes/{envelopeId}, .../envelopes/status or
// .../envelopes/{envelopeId}/recipients, optionally with a query. The host
// may be unknown; the path must be known up to its end (or its query), so
// ".../envelopes/" + id + rest, whose rest may be /documents/combined, is
// not one.
func EnvelopeStatusPath(s string) bool {
	return statusPath(s, restAccounts, func(string) bool { return true })
}

// RelativeEnvelopeStatusPath reports whether s is such a path relative to
// a REST base that ends in /restapi: /v2.1/accounts/{accountId}/envelopes...
// (or /v2/...) at the start of s or right after an unknown part (the base),
// never after known text (another service's host). Other APIs have
// accounts and envelopes too: it is DocuSign's only in code otherwise
// known to be.
func RelativeEnvelopeStatusPath(s string) bool {
	return statusPath(s, relAccounts, func(before string) bool {
		return before == "" || strings.HasSuffix(before, UnknownPart)
	})
}

// statusPath reports whether one of the account prefixes occurs in s where
// at accepts the text before it, followed by an envelope status path.
func statusPath(s string, prefixes []string, at func(before string) bool) bool {
	lower := strings.ToLower(s)
	for _, p := range prefixes {
		for off := 0; off < len(lower); {
			i := strings.Index(lower[off:], p)
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			if at(lower[:i]) && envelopesAfterAccount(lower[i+len(p):]) {
				return true
			}
		}
	}
	return false
}

// envelopesAfterAccount matches "{accountId}/envelopes[...]", the rest of
// a path after ".../accounts/". A segment holds at most one unknown part
// (the account or envelope ID variable); two could hide more segments.
func envelopesAfterAccount(s string) bool {
	acct, rest := segment(s)
	if !isSegment(acct) || !strings.HasPrefix(rest, "/envelopes") {
		return false
	}
	rest = rest[len("/envelopes"):]
	if pathEnds(rest) {
		return true // listStatusChanges
	}
	if rest[0] != '/' {
		return false // "/envelopesX"
	}
	id, rest := segment(rest[1:])
	if !isSegment(id) {
		return false
	}
	const recipients = "/recipients"
	return pathEnds(rest) || strings.HasPrefix(rest, recipients) && pathEnds(rest[len(recipients):])
}

// segment splits s before its first "/", "?" or "#".
func segment(s string) (seg, rest string) {
	end := strings.IndexAny(s, "/?#")
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}

// isSegment reports whether seg can be one path segment: not empty, with
// at most one unknown part.
func isSegment(seg string) bool {
	return seg != "" && strings.Count(seg, UnknownPart) <= 1
}

// pathEnds reports whether s, the rest of a path, is empty or a query or
// fragment: nothing unknown can follow.
func pathEnds(s string) bool {
	return s == "" || s[0] == '?' || s[0] == '#'
}
