// Package envtable lists both environments side by side in a struct and
// picks one at run time: a table, like a map keyed by environment, not a
// demo/production mix (DS102). A struct whose demo and production values
// play different roles is a mix.
package envtable

type envURLs struct{ Demo, Prod string }

var tokenURLs = envURLs{Demo: "https://account-d.docusign.com/oauth/token", Prod: "https://account.docusign.com/oauth/token"}

type hosts struct{ SandboxAuth, ProductionAuth, SandboxREST, ProductionREST string }

// (A pinned production base URI is still DS104: accounts live on other
// data centers too.)
var known = hosts{"account-d.docusign.com", "account.docusign.com", "https://demo.docusign.net/restapi", "https://www.docusign.net/restapi"} // want `DS104: eSignature base URI pinned to data center www\.docusign\.net`

func TokenURL(prod bool) string {
	if prod {
		return tokenURLs.Prod
	}
	return tokenURLs.Demo
}

type grant struct{ Audience, TokenURL string }

var mixed = grant{Audience: "account-d.docusign.com", TokenURL: "https://account.docusign.com/oauth/token"} // want `DS102: demo host account-d\.docusign\.com and production host account\.docusign\.com in one config`

// A catalogue whose entries name a host and its production counterpart: the
// Name field holds either environment, the Counterpart field production
// only, so each demo entry is a pair of environments, not a mix.
type hostInfo struct{ Name, Counterpart string }

var catalogue = []hostInfo{
	{Name: "account-d.docusign.com", Counterpart: "account.docusign.com"},
	{Name: "account.docusign.com"},
}

// CounterpartOf looks a host up in the catalogue.
func CounterpartOf(name string) string {
	for _, h := range catalogue {
		if h.Name == name {
			return h.Counterpart
		}
	}
	return ""
}
