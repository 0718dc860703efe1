package pemkey

import "strings"

// placeholderWords mark a value as a stand-in, not a secret.
var placeholderWords = []string{
	"your", "placeholder", "changeme", "change-me", "change_me", "example", "xxx", "todo", "replace",
	"redacted", "dummy", "insert", "<", ">", "{", "}", "$", "%", "***", "...",
}

// placeholder reports whether a constant secret value is empty or plainly a
// stand-in ("", "<client secret>", "${SECRET}", "changeme", "xxxx",
// "%s"), so DS203 does not fire on it. Values shorter than 8 characters are
// treated as stand-ins too: real DocuSign secrets are GUIDs.
func placeholder(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 8 {
		return true
	}
	l := strings.ToLower(s)
	for _, w := range placeholderWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return strings.Count(s, s[:1]) == len(s)
}
