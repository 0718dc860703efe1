package docusign

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexFold checks indexFold against the definition: the first offset
// at which s, lowered byte by byte in ASCII, starts with sub.
func TestIndexFold(t *testing.T) {
	naive := func(s, sub string) int {
		for i := 0; i+len(sub) <= len(s); i++ {
			j := 0
			for j < len(sub) && lower(s[i+j]) == sub[j] {
				j++
			}
			if j == len(sub) {
				return i
			}
		}
		return -1
	}
	subs := []string{"docusign.", "oauth2/token", "/oauth2/token", "a", "dd", "password", ""}
	cases := []string{
		"", "d", "D", "docusign", "docusign.", "DOCUSIGN.NET", "xDdocusign.", "dDocuSign.", "ddddocusign.",
		"https://account-d.docusign.com", "DocuSign-style envelopes", "/OAuth2/Token", "grant_type=PASSWORD",
		"déjà docusign. vu", "\xffdocusign.\xff",
	}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "dDoOcCuUsSiIgGnN.aA/2tTkKeE xX"
	for range 20000 {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		for _, sub := range subs {
			if got, want := indexFold(s, sub), naive(s, sub); got != want {
				t.Fatalf("indexFold(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
		if got, want := ContainsFold(s, "docusign."), strings.Contains(strings.ToLower(s), "docusign."); got != want && isASCII(s) {
			t.Fatalf("ContainsFold(%q) = %v, want %v", s, got, want)
		}
	}
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
