package docusign

import (
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		name   string
		env    Env
		family Family
	}{
		{"account-d.docusign.com", true, "account-d.docusign.com", Demo, Auth},
		{"https://account-d.docusign.com/oauth/token", true, "account-d.docusign.com", Demo, Auth},
		{"HTTPS://Account-D.DocuSign.com:443/oauth/auth?x=1", true, "account-d.docusign.com", Demo, Auth},
		{"account.docusign.com.", true, "account.docusign.com", Prod, Auth},
		{"account-s.docusign.com", true, "account-s.docusign.com", Stage, Auth},
		{"https://demo.docusign.net/restapi", true, "demo.docusign.net", Demo, ESignature},
		{"na2.docusign.net", true, "na2.docusign.net", Prod, ESignature},
		{"demo.rooms.docusign.com", true, "demo.rooms.docusign.com", Demo, Rooms},
		{"new.demo.docusign.net", true, "new.demo.docusign.net", Demo, ""},
		{"developers.docusign.com", true, "developers.docusign.com", Unknown, ""},
		{"user:pw@api-d.docusign.net", true, "api-d.docusign.net", Demo, Admin},
		{"account-d.example.com", false, "", 0, ""},
		{"demo.docusignal.net", false, "", 0, ""},
		{"account-d.docusign.com.evil.io", false, "", 0, ""},
		{"notdocusign.com", false, "", 0, ""},
		{"", false, "", 0, ""},
		{"docusign.net", true, "docusign.net", Unknown, ""},
	}
	for _, tt := range tests {
		h, ok := Classify(tt.in)
		if ok != tt.ok || h.Name != tt.name || h.Env != tt.env || h.Family != tt.family {
			t.Errorf("Classify(%q) = %+v, %v; want name %q env %v family %q ok %v", tt.in, h, ok, tt.name, tt.env, tt.family, tt.ok)
		}
	}
}

func TestCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, h := range Hosts() {
		if seen[h.Name] {
			t.Errorf("duplicate host %s", h.Name)
		}
		seen[h.Name] = true
		if h.Source == "" || h.Family == "" {
			t.Errorf("%s: every entry needs a family and a source", h.Name)
		}
		if h.Env != Prod {
			c, ok := Counterpart(h)
			if !ok || c.Env != Prod || c.Family != h.Family {
				t.Errorf("%s: counterpart %q is not a production %s host", h.Name, h.Counterpart, h.Family)
			}
		}
	}
	for _, s := range Scopes() {
		if s.Source == "" || !IsScope(s.Name) {
			t.Errorf("scope %q: missing source or lookup fails", s.Name)
		}
	}
}

func TestFindHosts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"POST to https://account-d.docusign.com/oauth/token now", []string{"account-d.docusign.com"}},
		{"a=demo.docusign.net,b=www.docusign.net", []string{"demo.docusign.net", "www.docusign.net"}},
		{"https://demo.docusignal.net/x", nil},
		{"https://account-d.docusign.com.evil.io/", nil},
		{"docusign.net", []string{"docusign.net"}},
		{"DEMO.DOCUSIGN.NET/restapi", []string{"demo.docusign.net"}},
		{"no hosts here", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range FindHosts(tt.in) {
			got = append(got, m.Host.Name)
			if !strings.EqualFold(tt.in[m.Start:m.End], m.Host.Name) {
				t.Errorf("FindHosts(%q): offsets %d:%d do not cover %s", tt.in, m.Start, m.End, m.Host.Name)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("FindHosts(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzFindHosts(f *testing.F) {
	for _, s := range []string{"https://account-d.docusign.com/oauth/token", "demo.docusignal.net", "a.docusign.", "DOCUSIGN.NET.", "x@y:1/docusign.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range FindHosts(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("bad offsets %d:%d in %q", m.Start, m.End, s)
			}
			if !IsDocuSignDomain(m.Host.Name) {
				t.Fatalf("%q is not a DocuSign domain", m.Host.Name)
			}
		}
		if h, ok := Classify(s); ok && !IsDocuSignDomain(h.Name) {
			t.Fatalf("Classify(%q) = %q outside DocuSign", s, h.Name)
		}
	})
}

func TestOtherHost(t *testing.T) {
	for s, want := range map[string]bool{
		"https://oauth2.googleapis.com/token":        true,
		"slack.com":                                  true,
		"https://account-d.docusign.com/oauth/token": false,
		"demo.docusign.net":                          false,
		"account-d.docusign.com.evil.example":        true,
		"localhost:8080":                             false, // no dotted host
		"/oauth/token":                               false,
		"":                                           false,
	} {
		if got := OtherHost(s); got != want {
			t.Errorf("OtherHost(%q) = %v, want %v", s, got, want)
		}
	}
}
