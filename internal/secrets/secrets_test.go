package secrets

import (
	"strings"
	"testing"
)

func TestPlaceholder(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"short", true},
		{"<your connect hmac key>", true},
		{"${CONNECT_KEY}", true},
		{"xxxxxxxxxxxxxxxx", true},
		{"DOCUSIGN_CONNECT_HMAC_KEY", true},
		{"changeme-please", true},
		{"Zq3vB8nW1xY5tR7uJ2kL9mP4sD6fG0hA", false},
		{"c0nnect-hmac-k3y-2026", false},
	} {
		if got := Placeholder(tc.s); got != tc.want {
			t.Errorf("Placeholder(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestDescribeHidesValue(t *testing.T) {
	const key = "Zq3vB8nW1xY5tR7uJ2kL9mP4sD6fG0hA"
	got := Describe(key)
	if got != "a 32-character value" {
		t.Errorf("Describe = %q, want %q", got, "a 32-character value")
	}
	for i := 0; i+4 <= len(key); i++ {
		if strings.Contains(got, key[i:i+4]) {
			t.Fatalf("Describe(%q) = %q shows part of the value", key, got)
		}
	}
}
