package docusign

import "testing"

func TestLegacyTokenEndpoint(t *testing.T) {
	for _, tc := range []struct {
		s                string
		atHost, hostless bool
	}{
		{"https://demo.docusign.net/restapi/v2/oauth2/token", true, false},
		{"https://www.docusign.net/restapi/v2.1/oauth2/token?x=1", true, false},
		{"NA2.DocuSign.NET/restapi/v2/OAuth2/Token", true, false},
		{"/oauth2/token", false, true},
		{"/restapi/v2/oauth2/token", false, true},
		{"restapi/v2.1/oauth2/token", false, true},
		{"%s/oauth2/token", false, true},
		{"%s/restapi/v2/oauth2/token", false, true},
		{"/v2/oauth2/token", false, true},
		{"%s/v2/oauth2/token", false, true},
		{"%s/v2.1/oauth2/token", false, true},
		{"/api/v2/oauth2/token", false, false},
		{"%s/v3/oauth2/token", false, false},
		{"/oauth2/tokens", false, false},
		{"/oauth2/token-info", false, false},
		{"/services/oauth2/token", false, false},                            // Salesforce
		{"https://login.microsoftonline.com/%s/oauth2/token", false, false}, // Azure AD v1
		{"https://login.example.com/restapi/v2/oauth2/token", false, false}, // not DocuSign
		{"https://account-d.docusign.com/oauth/token", false, false},        // the OAuth service
		{"https://demo.docusign.net.evil.io/restapi/v2/oauth2/token", false, false},
		{"", false, false},
	} {
		atHost, hostless := LegacyTokenEndpoint(tc.s)
		if atHost != tc.atHost || hostless != tc.hostless {
			t.Errorf("LegacyTokenEndpoint(%q) = %v, %v; want %v, %v", tc.s, atHost, hostless, tc.atHost, tc.hostless)
		}
	}
}

// FuzzLegacyTokenEndpoint checks that any string is classified without a
// panic, at most one way, and that atHost always rests on a DocuSign host.
func FuzzLegacyTokenEndpoint(f *testing.F) {
	for _, s := range []string{"https://demo.docusign.net/restapi/v2/oauth2/token", "%s/oauth2/token", "/services/oauth2/token", "/oauth2/tokens", "DEMO.DOCUSIGN.NET/OAUTH2/TOKEN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		atHost, hostless := LegacyTokenEndpoint(s)
		if atHost && hostless {
			t.Fatalf("LegacyTokenEndpoint(%q): both at a host and host-less", s)
		}
		if atHost && len(FindHosts(s)) == 0 {
			t.Fatalf("LegacyTokenEndpoint(%q): at a DocuSign host, but FindHosts finds none", s)
		}
		if (atHost || hostless) && !ContainsFold(s, "/oauth2/token") {
			t.Fatalf("LegacyTokenEndpoint(%q) without /oauth2/token", s)
		}
	})
}
