package docusign

import (
	"strings"
	"testing"
)

const testGUID = "9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c"

var accountPathCases = []struct {
	s  string
	ok bool
}{
	{"/restapi/v2.1/accounts/" + testGUID + "/envelopes", true},
	{"/restapi/v2/accounts/" + testGUID, true},
	{UnknownPart + "/restapi/v2.1/accounts/" + testGUID + UnknownPart, true},
	{"/clickapi/v1/accounts/" + testGUID + "/clickwraps", true},
	{"https://demo.docusign.net/RESTAPI/v2.1/accounts/" + testGUID + "?x=1", true},
	{"https://api-d.docusign.com/v1/accounts/" + testGUID + "/agreements", true},
	{"https://api.example.com/v1/accounts/" + testGUID + "/invoices", false},
	{"/v1/accounts/" + testGUID, false},
	{"/restapi/v2.1/accounts/" + testGUID + "x/envelopes", false},
	{"/restapi/v2.1/accounts/" + testGUID[:35], false},
	{"/restapi/v2.1/accounts/" + UnknownPart + "/envelopes/" + testGUID, false},
	{"/restapi/v2.1/accounts/" + testGUID + "/envelopes/" + testGUID, true},
}

func TestAccountPathID(t *testing.T) {
	for _, tt := range accountPathCases {
		start, end, ok := AccountPathID(tt.s)
		if ok != tt.ok {
			t.Errorf("AccountPathID(%q) ok = %v, want %v", tt.s, ok, tt.ok)
			continue
		}
		if ok && (tt.s[start:end] != testGUID || !strings.HasSuffix(strings.ToLower(tt.s[:start]), "/accounts/")) {
			t.Errorf("AccountPathID(%q) = [%d:%d] %q", tt.s, start, end, tt.s[start:end])
		}
	}
}

// TestRelativeAccountPathID checks the paths relative to the eSignature
// base URI, accepted at the start of the string or after an unknown part.
func TestRelativeAccountPathID(t *testing.T) {
	for s, want := range map[string]bool{
		"/v2.1/accounts/" + testGUID + "/envelopes":                       true,
		UnknownPart + "/v2/accounts/" + testGUID:                          true,
		"/restapi/v2.1/accounts/" + testGUID:                              true,
		"https://api.example.com/v2.1/accounts/" + testGUID + "/invoices": false,
		"/api/v2.1/accounts/" + testGUID:                                  false,
		"/v2.1/accounts/00000000-0000-0000-0000-000000000000/envelopes":   false,
		"/v1/accounts/" + testGUID:                                        false,
	} {
		if _, _, ok := RelativeAccountPathID(s); ok != want {
			t.Errorf("RelativeAccountPathID(%q) ok = %v, want %v", s, ok, want)
		}
		if _, _, ok := AccountPathID(s); ok && !want {
			t.Errorf("AccountPathID(%q) ok, RelativeAccountPathID not", s)
		}
	}
	if _, _, ok := AccountPathID("/v2.1/accounts/" + testGUID); ok {
		t.Errorf("AccountPathID accepts a relative path")
	}
}

func FuzzAccountPathID(f *testing.F) {
	for _, tt := range accountPathCases {
		f.Add(tt.s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if start, end, ok := AccountPathID(s); ok && !IsGUID(s[start:end]) {
			t.Errorf("AccountPathID(%q) = %q, not a GUID", s, s[start:end])
		}
	})
}

func TestIsGUID(t *testing.T) {
	for s, want := range map[string]bool{
		testGUID: true, "{" + strings.ToUpper(testGUID) + "}": true,
		strings.ReplaceAll(testGUID, "-", ""): false, testGUID[:35] + "g": false, "": false,
	} {
		if got := IsGUID(s); got != want {
			t.Errorf("IsGUID(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPlaceholderGUID(t *testing.T) {
	for s, want := range map[string]bool{
		"00000000-0000-0000-0000-000000000000":   true,
		"{ffffffff-ffff-ffff-ffff-ffffffffffff}": true,
		"9d2a4c1e-7b3f-4e8a-b5d6-0c1f2e3a4b5c":   false,
		"00000000-0000-0000-0000-000000000001":   false,
	} {
		if got := PlaceholderGUID(s); got != want {
			t.Errorf("PlaceholderGUID(%q) = %v, want %v", s, got, want)
		}
	}
}
