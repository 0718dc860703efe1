package embedfs

import (
	"slices"
	"strings"
	"testing"
)

func TestPatterns(t *testing.T) {
	tests := []struct {
		args string
		want []string
	}{
		{"key.pem", []string{"key.pem"}},
		{"cert.pem public.pem", []string{"cert.pem", "public.pem"}},
		{"cert.pem\tkey.pem", []string{"cert.pem", "key.pem"}},
		{`"with space.pem" all:secrets`, []string{"with space.pem", "all:secrets"}},
		{"`raw.pem`  x", []string{"raw.pem", "x"}},
		{`"unterminated`, nil},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := patterns(tt.args); !slices.Equal(got, tt.want) {
			t.Errorf("patterns(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}

// FuzzPatterns checks that any //go:embed argument text splits without a
// panic, and that unquoted patterns never contain a separator.
func FuzzPatterns(f *testing.F) {
	for _, s := range []string{"key.pem", "a b\tc", `"q q" x`, "`r`", `"\"x`, "all:dir"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, args string) {
		for _, p := range patterns(args) {
			if !strings.ContainsAny(args, "\"`") && (p == "" || strings.ContainsAny(p, " \t")) {
				t.Fatalf("patterns(%q) gave %q", args, p)
			}
		}
	})
}
