package docusign

import "strings"

// legacyTokenPath is the token endpoint of DocuSign's legacy password grant,
// under the eSignature REST v2 base (https://demo.docusign.net/restapi/v2/oauth2/token),
// retired with legacy authentication (FAQ-1; RULES.md, DS601).
const legacyTokenPath = "/oauth2/token"

// LegacyTokenEndpoint reports whether s addresses the legacy /oauth2/token
// endpoint: atHost when s names it at a DocuSign host; hostless when s is
// only the path, to be appended to a base URL held elsewhere ("/oauth2/token",
// "/restapi/v2/oauth2/token", "/v2/oauth2/token", "%s/oauth2/token"). Other
// providers' endpoints of the same name are neither: Azure AD's carries its
// own host, Salesforce's is "/services/oauth2/token".
func LegacyTokenEndpoint(s string) (atHost, hostless bool) {
	i := indexFold(s, legacyTokenPath)
	if i < 0 {
		return false, false
	}
	if end := i + len(legacyTokenPath); end < len(s) && isHostByte(lower(s[end])) {
		return false, false // "/oauth2/tokens", "/oauth2/token-info"
	}
	if len(FindHosts(s[:i])) > 0 {
		return true, false
	}
	prefix := strings.ToLower(s[:i])
	// The REST v2 base, or its version segment after a base URL held
	// elsewhere that ends in /restapi (base + "/v2/oauth2/token").
	for _, base := range []string{"/restapi/v2.1", "/restapi/v2", "restapi/v2.1", "restapi/v2", "/v2.1", "/v2"} {
		if strings.HasSuffix(prefix, base) && !strings.Contains(prefix, "://") {
			prefix = strings.TrimSuffix(prefix, base)
			break
		}
	}
	switch prefix {
	case "", "%s", "%v":
		return false, true
	}
	return false, false
}
