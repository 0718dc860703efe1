// Package docusign is dslint's DocuSign catalogue as data: hosts per
// environment and API family, scopes, and token lifetimes. Every entry cites
// where the fact comes from, so the rules can be traced to DocuSign's
// documentation (FAQ-0 and FAQ-1 are the developer FAQ pages in
// shared/seeds). The APIs of the libraries that talk to DocuSign are
// internal/knowledge's.
package docusign

import (
	"net/url"
	"strings"
)

// Env is a DocuSign environment.
type Env int

// The environments. Unknown is a DocuSign host that is not an API endpoint
// of a known environment (e.g. developers.docusign.com).
const (
	Unknown Env = iota
	Demo
	Stage
	Prod
)

// String returns the environment's name as messages use it ("demo").
func (e Env) String() string {
	switch e {
	case Demo:
		return "demo"
	case Stage:
		return "stage"
	case Prod:
		return "production"
	}
	return "unknown"
}

// Family is an API family: hosts of one family are interchangeable across
// environments (the demo auth server's production counterpart is the
// production auth server).
type Family string

// The API families.
const (
	Auth       Family = "auth"       // OAuth: /oauth/auth, /oauth/token, /oauth/userinfo
	ESignature Family = "esignature" // eSignature REST (/restapi), SOAP (/api/3.0), Click (/clickapi)
	Admin      Family = "admin"      // Admin API (/management)
	Platform   Family = "platform"   // IAM, Maestro, Navigator on api[-d].docusign.com
	Monitor    Family = "monitor"    // Monitor API
	Rooms      Family = "rooms"      // Rooms API
	WebForms   Family = "webforms"   // Web Forms API
	Notary     Family = "notary"     // Notary API
	Services   Family = "services"   // demo.services.docusign.net and similar service hosts
	WebApp     Family = "webapp"     // web applications (appdemo, admindemo)
	Proof      Family = "proof"      // ID Verification (Proof)
)

// Host is one DocuSign host in the catalogue.
type Host struct {
	Name        string // lower-case host name
	Env         Env
	Family      Family
	Counterpart string // the same service in production (for demo/stage hosts)
	DataCenter  bool   // an eSignature data-center host (na2, eu, ...): base URI must come from UserInfo
	Source      string
}

const (
	srcGoLive   = "FAQ-0 Go Live: production endpoints (account.docusign.com instead of account-d.docusign.com)"
	srcUserInfo = "FAQ-0/FAQ-1: base_uri from GET /oauth/userinfo; wrong data center gives USER_LACKS_MEMBERSHIP"
	srcAPIs     = "DocuSign API reference: base paths per API (developers.docusign.com)"
)

// hosts is the catalogue. Lookups also accept any host under docusign.net or
// docusign.com whose labels mark it as demo or stage (see Classify).
var hosts = []Host{
	{Name: "account-d.docusign.com", Env: Demo, Family: Auth, Counterpart: "account.docusign.com", Source: srcGoLive},
	{Name: "account-s.docusign.com", Env: Stage, Family: Auth, Counterpart: "account.docusign.com", Source: srcAPIs},
	{Name: "account.docusign.com", Env: Prod, Family: Auth, Source: srcGoLive},

	{Name: "demo.docusign.net", Env: Demo, Family: ESignature, Counterpart: "www.docusign.net", Source: srcGoLive},
	{Name: "www.demo.docusign.net", Env: Demo, Family: ESignature, Counterpart: "www.docusign.net", Source: srcAPIs},
	{Name: "stage.docusign.net", Env: Stage, Family: ESignature, Counterpart: "www.docusign.net", Source: srcAPIs},
	{Name: "www.docusign.net", Env: Prod, Family: ESignature, DataCenter: true, Source: srcUserInfo},
	{Name: "na1.docusign.net", Env: Prod, Family: ESignature, DataCenter: true, Source: srcUserInfo},
	{Name: "na2.docusign.net", Env: Prod, Family: ESignature, DataCenter: true, Source: srcUserInfo},
	{Name: "na3.docusign.net", Env: Prod, Family: ESignature, DataCenter: true, Source: srcUserInfo},
	{Name: "na4.docusign.net", Env: Prod, Family: ESignature, DataCenter: true, Source: srcUserInfo},
	{Name: "eu.docusign.net", Env: Prod, Family: ESignature, DataCenter: true, Source: srcUserInfo},
	{Name: "au.docusign.net", Env: Prod, Family: ESignature, DataCenter: true, Source: srcUserInfo},
	{Name: "ca.docusign.net", Env: Prod, Family: ESignature, DataCenter: true, Source: srcUserInfo},

	{Name: "api-d.docusign.net", Env: Demo, Family: Admin, Counterpart: "api.docusign.net", Source: srcAPIs},
	{Name: "api-s.docusign.net", Env: Stage, Family: Admin, Counterpart: "api.docusign.net", Source: srcAPIs},
	{Name: "api.docusign.net", Env: Prod, Family: Admin, Source: srcAPIs},

	{Name: "api-d.docusign.com", Env: Demo, Family: Platform, Counterpart: "api.docusign.com", Source: srcAPIs},
	{Name: "api-s.docusign.com", Env: Stage, Family: Platform, Counterpart: "api.docusign.com", Source: srcAPIs},
	{Name: "api.docusign.com", Env: Prod, Family: Platform, Source: srcAPIs},

	{Name: "lens-d.docusign.net", Env: Demo, Family: Monitor, Counterpart: "lens.docusign.net", Source: srcAPIs},
	{Name: "lens.docusign.net", Env: Prod, Family: Monitor, Source: srcAPIs},

	{Name: "demo.rooms.docusign.com", Env: Demo, Family: Rooms, Counterpart: "rooms.docusign.com", Source: srcAPIs},
	{Name: "rooms.docusign.com", Env: Prod, Family: Rooms, Source: srcAPIs},

	{Name: "apps-d.docusign.com", Env: Demo, Family: WebForms, Counterpart: "apps.docusign.com", Source: srcAPIs},
	{Name: "apps.docusign.com", Env: Prod, Family: WebForms, Source: srcAPIs},

	{Name: "notary-d.docusign.net", Env: Demo, Family: Notary, Counterpart: "notary.docusign.net", Source: srcAPIs},
	{Name: "notary-d.docusign.com", Env: Demo, Family: Notary, Counterpart: "notary.docusign.com", Source: srcAPIs},
	{Name: "notary.docusign.net", Env: Prod, Family: Notary, Source: srcAPIs},
	{Name: "notary.docusign.com", Env: Prod, Family: Notary, Source: srcAPIs},

	{Name: "proof-d.docusign.net", Env: Demo, Family: Proof, Counterpart: "proof.docusign.net", Source: srcAPIs},
	{Name: "proof.docusign.net", Env: Prod, Family: Proof, Source: srcAPIs},

	{Name: "demo.services.docusign.net", Env: Demo, Family: Services, Counterpart: "services.docusign.net", Source: srcAPIs},
	{Name: "services.docusign.net", Env: Prod, Family: Services, Source: srcAPIs},

	{Name: "appdemo.docusign.com", Env: Demo, Family: WebApp, Counterpart: "app.docusign.com", Source: srcAPIs},
	{Name: "admindemo.docusign.com", Env: Demo, Family: WebApp, Counterpart: "admin.docusign.com", Source: srcAPIs},
	{Name: "app.docusign.com", Env: Prod, Family: WebApp, Source: srcAPIs},
	{Name: "admin.docusign.com", Env: Prod, Family: WebApp, Source: srcAPIs},
}

// demoLabels and stageLabels mark non-production hosts that are not in the
// table by name (e.g. a new demo.<family>.docusign.com host).
var (
	demoLabels  = []string{"demo", "account-d", "api-d", "apps-d", "lens-d", "proof-d", "notary-d", "appdemo", "admindemo"}
	stageLabels = []string{"stage", "account-s", "api-s"}
)

// Hosts returns the catalogue. The slice is a copy.
func Hosts() []Host { return append([]Host(nil), hosts...) }

// IsDocuSignDomain reports whether host (lower-case, no port) is
// docusign.net, docusign.com or a subdomain of either.
func IsDocuSignDomain(host string) bool {
	for _, d := range []string{"docusign.net", "docusign.com"} {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// Classify returns the catalogue entry for a host given with or without a
// scheme, port, path or trailing dot, case-insensitively. It reports false
// for hosts outside docusign.net/docusign.com (account-d.example.com,
// demo.docusignal.net). A DocuSign host that is not in the table is
// classified by its labels (demo/stage) or returned with Env Unknown.
func Classify(s string) (Host, bool) {
	h := HostOf(s)
	if h == "" || !IsDocuSignDomain(h) {
		return Host{}, false
	}
	for _, e := range hosts {
		if e.Name == h {
			return e, true
		}
	}
	labels := strings.Split(h, ".")
	for _, l := range labels[:len(labels)-2] {
		switch {
		case contains(demoLabels, l):
			return Host{Name: h, Env: Demo, Source: srcAPIs}, true
		case contains(stageLabels, l):
			return Host{Name: h, Env: Stage, Source: srcAPIs}, true
		}
	}
	return Host{Name: h, Env: Unknown}, true
}

// Counterpart returns the catalogue entry of h's production counterpart.
func Counterpart(h Host) (Host, bool) {
	if h.Counterpart == "" {
		return Host{}, false
	}
	return Classify(h.Counterpart)
}

// OtherHost reports whether s (a URL or a bare host) names a dotted host
// outside DocuSign's domains: another provider's endpoint, such as
// "https://oauth2.googleapis.com/token" or "slack.com".
func OtherHost(s string) bool {
	h := HostOf(s)
	return strings.Contains(h, ".") && !IsDocuSignDomain(h)
}

// HostOf extracts the lower-case host name from a URL or a bare host:
// "https://Account-D.docusign.com:443/oauth/token" gives
// "account-d.docusign.com". It returns "" when s has no plausible host.
func HostOf(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "://"); i >= 0 {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			return normalizeHost(u.Hostname())
		}
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	return normalizeHost(s)
}

func normalizeHost(h string) string {
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	for _, r := range h {
		if !isHostByte(byte(r)) || r > 0x7f {
			return ""
		}
	}
	return h
}

func isHostByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
