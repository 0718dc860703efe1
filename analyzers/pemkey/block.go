package pemkey

import (
	"encoding/base64"
	"strings"
)

const (
	beginMark = "-----BEGIN "
	endMark   = "-----END "
	dashes    = "-----"
	maxLabel  = 64
	// minBody is the number of base64 characters a body needs to count as
	// a key rather than a placeholder (gitleaks uses the same bound).
	minBody = 64
)

// knownLabels are the PEM labels of private keys, with the kind they name.
var knownLabels = map[string]string{
	"RSA PRIVATE KEY":       "RSA",
	"EC PRIVATE KEY":        "EC",
	"PRIVATE KEY":           "",
	"ENCRYPTED PRIVATE KEY": "",
	"OPENSSH PRIVATE KEY":   "OpenSSH",
	"DSA PRIVATE KEY":       "DSA",
	"PGP PRIVATE KEY BLOCK": "PGP",
}

// wrappedLabels are the PEM labels of private keys wrapped by hardware,
// with the device that must unwrap them: the blob alone cannot sign.
var wrappedLabels = map[string]string{
	"TSS2 PRIVATE KEY": "a TPM",
}

// privateLooking reports whether a PEM label is meant to name a private
// key: a known label, or one that names a key but not a public one ("RSA
// KEY", "RSA KEYPAIR", "EC SECRET KEY"). Labels such as CERTIFICATE and
// PUBLIC KEY are not, nor the standard library's disguised test keys ("RSA
// TESTING KEY", rewritten to PRIVATE KEY at run time).
func privateLooking(label string) bool {
	if _, ok := knownLabels[label]; ok {
		return true
	}
	return strings.Contains(label, "KEY") && !strings.Contains(label, "PUBLIC") && !strings.Contains(label, "TESTING")
}

// readLabel reads "LABEL-----" at the start of s and returns the label and
// the rest after the dashes.
func readLabel(s string) (label, rest string, ok bool) {
	j := strings.Index(s[:min(len(s), maxLabel+len(dashes))], dashes)
	if j < 0 || j > maxLabel || strings.ContainsAny(s[:j], "\r\n") {
		return "", s, false
	}
	return s[:j], s[j+len(dashes):], true
}

// marks finds the occurrences of a mark in s at or after increasing
// offsets, remembering the last one found: a scan whose offsets only grow
// reads s once instead of once per query.
type marks struct {
	s, mark string
	at      int // the offset of the next occurrence at or after from; len(s) if none
	from    int // the offset at was searched from (-1: not yet searched)
}

func newMarks(s, mark string) *marks { return &marks{s: s, mark: mark, from: -1} }

// next returns the offset of the first occurrence of the mark at or after
// off, or -1. off must not be less than in the previous call.
func (m *marks) next(off int) int {
	if m.from < 0 || off > m.at {
		m.at = len(m.s)
		if i := strings.Index(m.s[off:], m.mark); i >= 0 {
			m.at = off + i
		}
	}
	m.from = off
	if m.at == len(m.s) {
		return -1
	}
	return m.at
}

// scanPEM returns the private-key-looking PEM blocks of s that have a real
// body, each checked for well-formedness. It reads s in one pass: the
// BEGIN and END searches only move forward.
func scanPEM(s string) []pemKey {
	var keys []pemKey
	begins, ends := newMarks(s, beginMark), newMarks(s, endMark)
	consumed := 0 // offset in s up to which text belongs to a block
	for off := 0; ; {
		start := begins.next(off)
		if start < 0 {
			break
		}
		label, rest, ok := readLabel(s[start+len(beginMark):])
		off = start + len(beginMark)
		if !ok || !privateLooking(label) {
			continue
		}
		bodyStart := len(s) - len(rest)
		e := ends.next(bodyStart)
		if e >= 0 {
			e -= bodyStart
		}
		if n := begins.next(bodyStart); n >= 0 && (e < 0 || n-bodyStart < e) {
			e = -1 // the next block begins before any END: this one has none
			rest = rest[:n-bodyStart]
		}
		var endLabel string
		end := bodyStart + len(rest)
		body := rest
		if e >= 0 {
			body = rest[:e]
			endLabel, _, _ = readLabel(rest[e+len(endMark):])
			end = bodyStart + e + len(endMark) + len(endLabel) + len(dashes)
			if end > len(s) {
				end = len(s)
			}
		}
		off = max(off, end)
		consumed = max(consumed, end)
		n, prose := bodyStats(body)
		if n < minBody || uniform(body) {
			continue // a placeholder ("xxxx...", "AAAA...") or a lone header
		}
		k := pemKey{Label: label, Kind: knownLabels[label], WrappedBy: wrappedLabels[label]}
		_, known := knownLabels[label]
		// "TSS2 PRIVATE KEY": a key of a kind crypto/x509 does not parse,
		// not a damaged label; it is checked for the rest like the others.
		other := !known && strings.HasSuffix(label, " PRIVATE KEY")
		switch {
		case !known && !other && (e < 0 || endLabel != label || prose || !decodesAnyway(s[start:end], &k)):
			k.Malformed = "label " + quoteLabel(label) + " is not a private-key PEM label"
		case !known && !other:
			// Matching labels around a body a standard decoder parses: the
			// decoders DocuSign integrations use (jwt.ParseRSAPrivateKeyFromPEM,
			// pem.Decode then x509) ignore the label, so it loads.
		case e < 0:
			k.Malformed = "it has no END line"
		case endLabel != label:
			k.Malformed = "BEGIN " + quoteLabel(label) + " but END " + quoteLabel(endLabel)
		case prose:
			k.Malformed = "its body is not base64"
		case label == "PGP PRIVATE KEY BLOCK":
			// OpenPGP armor (with its checksum line) is not PEM: not parsed.
		default:
			parseBlock(s[start:end], &k)
		}
		if k.Malformed != "" && k.Bits == 0 {
			bodyKind(body, &k)
		}
		keys = append(keys, k)
	}
	return append(keys, orphanEnds(s, consumed)...)
}

// orphanEnds finds private-key END lines after offset from with a real body
// before them but no BEGIN line (removed or altered).
func orphanEnds(s string, from int) []pemKey {
	var keys []pemKey
	for off := from; ; {
		i := strings.Index(s[off:], endMark)
		if i < 0 {
			return keys
		}
		label, _, ok := readLabel(s[off+i+len(endMark):])
		body := s[off : off+i]
		off += i + len(endMark)
		if !ok || !privateLooking(label) {
			continue
		}
		if n, _ := bodyStats(body); n >= minBody {
			k := pemKey{Label: label, Kind: knownLabels[label], Malformed: "its BEGIN line is missing or altered"}
			bodyKind(body, &k)
			keys = append(keys, k)
		}
	}
}

// bodyKind fills in the kind and size of a malformed block's key when its
// base64 body still decodes to a key, so the message can name it.
func bodyKind(body string, k *pemKey) {
	var b strings.Builder
	for line := range strings.Lines(body) {
		if !strings.Contains(line, ":") {
			for _, f := range strings.Fields(line) {
				if allB64(f) {
					b.WriteString(f)
				}
			}
		}
	}
	if der, err := base64.StdEncoding.DecodeString(b.String()); err == nil {
		var probe pemKey
		if parseDER(der, &probe) {
			k.Kind, k.Bits = probe.Kind, probe.Bits
		}
	}
}

// bodyStats counts the base64 characters of a PEM body, skipping header
// lines ("Proc-Type: 4,ENCRYPTED"), and reports whether other words appear.
func bodyStats(body string) (n int, prose bool) {
	for line := range strings.Lines(body) {
		if strings.Contains(line, ":") {
			continue
		}
		for _, f := range strings.Fields(line) {
			if allB64(f) {
				n += len(f)
			} else {
				prose = true
			}
		}
	}
	return n, prose
}

// uniform reports whether a body is made of a handful of distinct
// characters, like the placeholder "XXXX...XXXX": the base64 of any key
// uses dozens.
func uniform(body string) bool {
	var seen [256]bool
	distinct := 0
	for i := 0; i < len(body); i++ {
		if c := body[i]; isB64(c) && !seen[c] {
			seen[c] = true
			distinct++
		}
	}
	return distinct < 8
}

func allB64(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isB64(s[i]) {
			return false
		}
	}
	return true
}

func quote(s string) string { return `"` + s + `"` }

// quoteLabel quotes a PEM label for a message only when it looks like one
// (at most 40 characters of words: upper case and digits, or letters and
// digits up to 12 characters, as in a typo such as "RSFolderA PRIVATE
// KEY"): a label is read from the source and could otherwise carry key
// material into the output.
func quoteLabel(label string) string {
	if len(label) > 40 {
		return "(not shown)"
	}
	for _, w := range strings.Split(label, " ") {
		upper, alnum := true, true
		for _, c := range w {
			isUpper := c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
			upper = upper && isUpper
			alnum = alnum && (isUpper || c >= 'a' && c <= 'z')
		}
		if !upper && !(alnum && len(w) <= 12) {
			return "(not shown)"
		}
	}
	return quote(label)
}
