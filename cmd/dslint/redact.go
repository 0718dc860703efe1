package main

import (
	"regexp"
	"strings"
	"unicode"
)

// Messages dslint prints but does not write itself (the go command's, the
// parser's and the type checker's errors, an analyzer's error) can quote
// source: a type error quotes the string constant it cannot use, a syntax
// error the token it did not expect. redact keeps key material and secret
// values out of every error and notification, as findings keep them out:
// a quoted literal is cut to its first characters unless it is short or
// looks like a path, host or import path, and a PEM block is cut after its
// BEGIN line; a run of base64-like characters outside quotes (a key body
// line the parser quotes as a token) is cut the same way.

// keepLiteral is the length up to which a quoted literal is shown whole,
// and keepPrefix how much of a longer one is kept.
const (
	keepLiteral = 8
	keepPrefix  = 4
)

// redact returns msg with literals and key material cut (see above).
func redact(msg string) string {
	var b strings.Builder
	for i := 0; i < len(msg); {
		q := msg[i]
		if q != '"' && q != '`' {
			j := strings.IndexAny(msg[i:], "\"`")
			if j < 0 {
				j = len(msg) - i
			}
			b.WriteString(redactRuns(msg[i : i+j]))
			i += j
			continue
		}
		j := literalEnd(msg, i)
		b.WriteString(redactLiteral(msg[i:j]))
		i = j
	}
	return b.String()
}

// literalEnd returns the index after the literal starting with the quote
// at msg[i]: after its closing quote, or the end of msg when it has none
// (an unterminated literal quoted by a syntax error), or after the "..."
// with which the type checker shortens a long constant (`(untyped string
// constant "-----BEGIN...)`).
func literalEnd(msg string, i int) int {
	q := msg[i]
	for j := i + 1; j < len(msg); j++ {
		switch {
		case q == '"' && msg[j] == '\\':
			j++
		case q == '"' && strings.HasPrefix(msg[j:], "...)"):
			return j + len("...")
		case msg[j] == q:
			return j + 1
		}
	}
	return len(msg)
}

// redactLiteral cuts a quoted literal (with its quotes; the closing one may
// be missing).
func redactLiteral(lit string) string {
	q := lit[:1]
	body := lit[1:]
	body = strings.TrimSuffix(strings.TrimSuffix(body, "..."), q)
	if len(body) <= keepLiteral || pathLike(body) {
		return lit
	}
	if i := strings.Index(body, "-----BEGIN "); i >= 0 {
		if end := strings.Index(body[i+len("-----BEGIN "):], "-----"); end >= 0 {
			return q + body[:i+len("-----BEGIN ")+end+len("-----")] + "…" + q
		}
	}
	return q + cutRunes(body, keepPrefix) + "…" + q
}

// pathLike reports whether s looks like an import path, file path, host or
// URL without a query: the characters of those, with a dot or a slash, and
// no run a key body or token would have.
func pathLike(s string) bool {
	if !strings.ContainsAny(s, "./") || redactRuns(s) != s {
		return false
	}
	for _, c := range s {
		if !(c < unicode.MaxASCII && (c == '.' || c == '/' || c == '-' || c == '_' || c == '~' || c == '@' || c == ':' ||
			c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
			return false
		}
	}
	return true
}

// base64Run matches a run of characters a key body, a token or a secret is
// made of; redactRuns cuts those that mix upper case, lower case and digits,
// as such material does and words and import paths rarely do.
var base64Run = regexp.MustCompile(`[A-Za-z0-9+/=_-]{20,}`)

func redactRuns(s string) string {
	return base64Run.ReplaceAllStringFunc(s, func(run string) string {
		if !strings.ContainsFunc(run, unicode.IsUpper) || !strings.ContainsFunc(run, unicode.IsLower) || !strings.ContainsFunc(run, unicode.IsDigit) {
			return run
		}
		return cutRunes(run, keepPrefix) + "…"
	})
}

// cutRunes returns the first n runes of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
