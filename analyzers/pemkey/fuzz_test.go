package pemkey

import (
	"strings"
	"testing"
)

// FuzzPEMDetect checks that findKeys never panics, that what it finds is a
// consistent description, and that descriptions never echo the input's
// base64. Seeded from the table tests.
func FuzzPEMDetect(f *testing.F) {
	for _, tc := range detectCases() {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keys := findKeys(s)
		if len(keys) > 0 && !quick(s) {
			t.Fatalf("Detect found %d keys but Quick is false", len(keys))
		}
		for _, k := range keys {
			d := k.Describe()
			if !strings.HasSuffix(d, "private key") {
				t.Fatalf("Describe() = %q", d)
			}
			if k.Encoding < 0 || k.Encoding >= numEncodings {
				t.Fatalf("bad encoding %d", k.Encoding)
			}
		}
	})
}
