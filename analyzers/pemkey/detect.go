package pemkey

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// keyEncoding says how a key is written in a string.
type keyEncoding int

// The encodings findKeys recognizes.
const (
	encPEM       keyEncoding = iota // PEM text with real line breaks
	encEscaped                      // one-line PEM with literal \n escapes (as copied from JSON or .env)
	encBase64PEM                    // the whole PEM base64-encoded (starts "LS0tLS1CRUdJTi")
	encBase64DER                    // the DER key base64-encoded, with no PEM lines (starts "M")
	encDER                          // the DER key itself (a //go:embed of a .der file)
	numEncodings
)

// String describes the encoding for messages.
func (e keyEncoding) String() string {
	switch e {
	case encEscaped:
		return `one-line PEM with \n escapes`
	case encBase64PEM:
		return "base64-encoded PEM"
	case encBase64DER:
		return "base64 DER with no PEM lines"
	case encDER:
		return "binary DER"
	}
	return "PEM"
}

// pemKey is a private key (or something meant to be one) found in a string.
// It never holds key material.
type pemKey struct {
	Label     string      // the BEGIN label, e.g. "RSA PRIVATE KEY"
	Kind      string      // "RSA", "EC P-256", "Ed25519", "DSA", "OpenSSH ssh-ed25519", ... ("" if unknown)
	Bits      int         // key size in bits, 0 if unknown
	Encrypted bool        // passphrase-protected (ENCRYPTED PRIVATE KEY, Proc-Type: 4,ENCRYPTED, OpenSSH cipher)
	Encoding  keyEncoding // how the PEM is written
	// WrappedBy names the hardware that wraps the key ("a TPM"), "" for a
	// key usable on its own.
	WrappedBy string
	// Malformed, when not empty, says why the key will not parse (DS202).
	Malformed string
}

// Describe returns a human description with no key material, such as
// "RSA 2048-bit private key" or "encrypted PKCS#8 private key".
func (k pemKey) Describe() string {
	var b strings.Builder
	if k.Encrypted {
		b.WriteString("encrypted ")
	}
	switch {
	case k.Kind != "" && k.Bits > 0:
		b.WriteString(k.Kind + " " + strconv.Itoa(k.Bits) + "-bit")
	case k.Kind != "":
		b.WriteString(k.Kind)
	case k.Label == "ENCRYPTED PRIVATE KEY":
		b.WriteString("PKCS#8")
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	b.WriteString("private key")
	return b.String()
}

// quick reports whether s could hold a private key at all: the cheap
// substring test run before any decoding.
func quick(s string) bool {
	return strings.Contains(s, "-----BEGIN") || strings.Contains(s, "-----END") || strings.Contains(s, b64Begin) || derLike(s)
}

// minDER is the size of the smallest private key DER (an Ed25519 PKCS#8
// key) and its base64 length.
const (
	minDER    = 48
	minDERB64 = 64
)

// derLike reports whether s could be a bare DER key or the base64 of one:
// a DER SEQUENCE starts with byte 0x30, whose base64 starts with "M".
func derLike(s string) bool {
	if len(s) >= minDER && s[0] == 0x30 {
		return true
	}
	s = strings.TrimSpace(s)
	return len(s) >= minDERB64 && s[0] == 'M'
}

// derKey returns the key s holds as a whole when it is DER, or base64 of
// DER on one line with no PEM lines (as kept in an environment file or
// JSON). Only a structure crypto/x509 parses counts, so a base64 string
// that happens to start with "M" is never taken for a key, and nothing is
// ever called malformed here. Base64 over several lines is the body of a
// PEM whose BEGIN and END lines are added where it is used, and is
// reported there.
func derKey(s string) (pemKey, bool) {
	k := pemKey{Encoding: encDER}
	der := []byte(s)
	if s[0] != 0x30 {
		s = strings.TrimSpace(s)
		if strings.ContainsAny(s, "\r\n") || b64Run(s) != s {
			return pemKey{}, false
		}
		dec, ok := decodeB64(s)
		if !ok {
			return pemKey{}, false
		}
		der, k.Encoding = []byte(dec), encBase64DER
	}
	if !parseDER(der, &k) {
		return pemKey{}, false
	}
	return k, true
}

// b64Begin is the base64 of "-----BEGIN" (at a 3-byte boundary, as when
// the whole PEM is encoded).
const b64Begin = "LS0tLS1CRUdJTi"

// maxDepth bounds base64 nesting.
const maxDepth = 3

// findKeys returns the private keys written in s, in order. Placeholders,
// headers without a body, certificates and public keys are not returned.
func findKeys(s string) []pemKey {
	return detect(s, 0)
}

func detect(s string, depth int) []pemKey {
	if !quick(s) || depth > maxDepth {
		return nil
	}
	if depth == 0 && derLike(s) {
		if k, ok := derKey(s); ok {
			return []pemKey{k}
		}
	}
	var keys []pemKey
	if strings.Contains(s, dashes) {
		enc := encPEM
		if t, ok := unescape(s); ok {
			s, enc = t, encEscaped
		}
		for _, k := range scanPEM(s) {
			if depth > 0 {
				enc = encBase64PEM
			}
			k.Encoding = enc
			keys = append(keys, k)
		}
	}
	for rest := s; ; {
		i := strings.Index(rest, b64Begin)
		if i < 0 {
			break
		}
		run := b64Run(rest[i:])
		rest = rest[i+len(run):]
		if dec, ok := decodeB64(run); ok {
			keys = append(keys, detect(dec, depth+1)...)
		}
	}
	return keys
}

// unescape turns the two-character escapes \n and \r\n of a one-line PEM
// into line breaks. ok is false when s has no such escape next to a PEM
// boundary.
func unescape(s string) (string, bool) {
	if !strings.Contains(s, `-----\n`) && !strings.Contains(s, `\n-----`) && !strings.Contains(s, `-----\r\n`) {
		return s, false
	}
	s = strings.ReplaceAll(s, `\r\n`, "\n")
	return strings.ReplaceAll(s, `\n`, "\n"), true
}

// b64Run returns the prefix of s made of base64 characters and line breaks.
func b64Run(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isB64(c) && c != '\n' && c != '\r' {
			return s[:i]
		}
	}
	return s
}

// decodeB64 decodes standard base64, with or without padding and line breaks.
func decodeB64(s string) (string, bool) {
	s = strings.NewReplacer("\n", "", "\r", "").Replace(s)
	if dec, err := base64.StdEncoding.DecodeString(s); err == nil {
		return string(dec), true
	}
	s = strings.TrimRight(s, "=")
	s = s[:len(s)/4*4+min(len(s)%4, 3)]
	if len(s)%4 == 1 {
		s = s[:len(s)-1]
	}
	dec, err := base64.RawStdEncoding.DecodeString(s)
	return string(dec), err == nil
}

func isB64(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/' || c == '='
}
