package scopes

import (
	"slices"
	"strings"
	"testing"
)

var splitCases = []struct {
	in    string
	names []string
	bad   string
}{
	{"signature", []string{"signature"}, ""},
	{"signature impersonation", []string{"signature", "impersonation"}, ""},
	{"  signature\timpersonation ", []string{"signature", "impersonation"}, ""},
	{"signature,impersonation", []string{"signature", "impersonation"}, ","},
	{"signature;extended", []string{"signature", "extended"}, ";"},
	{"signature+impersonation", []string{"signature", "impersonation"}, "+"},
	{"signature%20impersonation", []string{"signature", "impersonation"}, "%20"},
	{"signature, impersonation", []string{"signature", "impersonation"}, ","},
	{"a;b,c", []string{"a", "b", "c"}, ";"},
	{"", nil, ""},
	{",", nil, ","},
}

func TestSplit(t *testing.T) {
	for _, c := range splitCases {
		names, bad := splitScopes(c.in)
		if !slices.Equal(names, c.names) || bad != c.bad {
			t.Errorf("Split(%q) = %q, %q; want %q, %q", c.in, names, bad, c.names, c.bad)
		}
	}
}

var paramCases = []struct {
	in, scope, rt string
	ok            bool
}{
	{"https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=x", "signature impersonation", "code", true},
	{"https://account.docusign.com/oauth/auth?scope=signature+extended&response_type=token", "signature extended", "token", true},
	{"/oauth/auth?response_type=code&scope=signature,impersonation", "signature,impersonation", "code", true},
	{"response_type=code&client_id=x", "", "code", false},
	{"?scope=%zz", "", "", false},
	{"https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%%20impersonation&client_id=%s", "signature impersonation", "code", true},
	{"https://account-d.docusign.com/oauth/auth?response_type=%s&scope=%s&client_id=%s", "", "", false},
	{"https://x/oauth/auth?scope=a#frag&scope=b", "a", "", true},
}

func TestParamScope(t *testing.T) {
	for _, c := range paramCases {
		scope, rt, ok := paramScope(c.in)
		if scope != c.scope || rt != c.rt || ok != c.ok {
			t.Errorf("ParamScope(%q) = %q, %q, %v; want %q, %q, %v", c.in, scope, rt, ok, c.scope, c.rt, c.ok)
		}
	}
}

func TestAuthPath(t *testing.T) {
	for in, want := range map[string][2]string{
		"https://account-d.docusign.com/oauth/auth?response_type=code": {"account-d.docusign.com", "true"},
		"https://account.docusign.com/oauth/auth/":                     {"account.docusign.com", "true"},
		"/oauth/auth?scope=x":                                          {"", "true"},
		"https://accounts.google.com/o/oauth2/auth?scope=x":            {"accounts.google.com", "false"},
	} {
		host, ok := authPath(in)
		if host != want[0] || (ok && want[1] != "true") || (!ok && want[1] != "false") {
			t.Errorf("AuthPath(%q) = %q, %v; want %v", in, host, ok, want)
		}
	}
}

func TestSuggest(t *testing.T) {
	for in, want := range map[string]string{
		"signiture":     "signature",
		"Signature":     "signature",
		"impersonate":   "impersonation",
		"impersonaton":  "impersonation",
		"extend":        "extended",
		"click.manag":   "click.manage",
		"everything":    "",
		"https://x/y/z": "",
		"user_reed":     "user_read",
		"click.snd":     "click.send",
	} {
		if got := suggest(in); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDocuSignSpecific(t *testing.T) {
	for in, want := range map[string]bool{
		"signature": true, "signiture": true, "openid": false, "email": false, "profile": false,
		"https://www.googleapis.com/auth/drive": false, "read": false,
	} {
		if got := docuSignSpecific(in); got != want {
			t.Errorf("DocuSignSpecific(%q) = %v, want %v", in, got, want)
		}
	}
}

// FuzzScopeSplit checks the scope parsers on arbitrary input: no panics,
// names are never empty and hold no separator, and a value that splits
// without a bad separator is its own whitespace-separated fields.
func FuzzScopeSplit(f *testing.F) {
	for _, c := range splitCases {
		f.Add(c.in)
	}
	for _, c := range paramCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		names, bad := splitScopes(s)
		for _, n := range names {
			if n == "" || strings.ContainsAny(n, ",; \t\n+") || strings.Contains(n, "%20") {
				t.Fatalf("Split(%q): bad name %q", s, n)
			}
		}
		if bad == "" && !slices.Equal(names, strings.Fields(s)) {
			t.Fatalf("Split(%q) = %q without a bad separator, want its fields", s, names)
		}
		scope, _, _ := paramScope(s)
		splitURL(scope)
		authPath(s)
		for _, n := range names {
			if sug := suggest(n); sug != "" && distance(strings.ToLower(n), sug, 3) > 2 && !strings.HasPrefix(sug, strings.TrimSuffix(strings.ToLower(n), "e")) {
				t.Fatalf("Suggest(%q) = %q: too far", n, sug)
			}
		}
	})
}
