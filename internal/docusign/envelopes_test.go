package docusign

import (
	"strings"
	"testing"
)

func TestEnvelopeStatusPath(t *testing.T) {
	const u = UnknownPart
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"https://demo.docusign.net/restapi/v2.1/accounts/" + u + "/envelopes/" + u, true},
		{u + "/restapi/v2.1/accounts/" + u + "/envelopes/" + u, true},
		{u + "/restapi/v2/accounts/" + u + "/envelopes?from_date=" + u, true},
		{u + "/restapi/v2.1/accounts/" + u + "/envelopes", true},
		{u + "/restapi/v2.1/accounts/" + u + "/envelopes/status?envelope_ids=" + u, true},
		{u + "/RESTAPI/v2.1/accounts/" + u + "/envelopes/" + u + "/recipients", true},
		{u + "/restapi/v2.1/accounts/" + u + "/envelopes/" + u + "/recipients?include_tabs=true", true},
		{u + "/restapi/v2.1/accounts/acct-1/envelopes/env-1", true},
		// Not status requests, or a path whose end is unknown.
		{u + "/restapi/v2.1/accounts/" + u + "/envelopes/" + u + "/documents/combined", false},
		{u + "/restapi/v2.1/accounts/" + u + "/envelopes/" + u + u, false},
		{u + "/restapi/v2.1/accounts/" + u + "/envelopes/" + u + "/" + u, false},
		{u + "/restapi/v2.1/accounts/" + u + "/envelopes/", false},
		{u + "/restapi/v2.1/accounts/" + u + "/envelopesx", false},
		{u + "/restapi/v2.1/accounts/" + u + "/templates/" + u, false},
		{u + "/restapi/v2.1/accounts//envelopes", false},
		{u + "/restapi/v2.1/accounts/" + u + u + "/envelopes", false},
		{"https://api.example.com/v2.1/accounts/" + u + "/envelopes/" + u, false},
		{u, false},
		{"", false},
	} {
		name := strings.ReplaceAll(tc.s, u, "?")
		if got := EnvelopeStatusPath(tc.s); got != tc.want {
			t.Errorf("EnvelopeStatusPath(%q) = %v, want %v", name, got, tc.want)
		}
	}
}

func TestRelativeEnvelopeStatusPath(t *testing.T) {
	const u = UnknownPart
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"/v2.1/accounts/" + u + "/envelopes/" + u, true},
		{u + "/v2.1/accounts/" + u + "/envelopes/" + u, true},
		{u + "/v2/accounts/" + u + "/envelopes?from_date=" + u, true},
		{u + "/V2.1/accounts/" + u + "/envelopes/" + u + "/recipients", true},
		// After known text (another host, or /restapi, which EnvelopeStatusPath
		// judges), or not a status path.
		{"https://mail.example.com/v2.1/accounts/" + u + "/envelopes/" + u, false},
		{"/api/v2.1/accounts/" + u + "/envelopes/" + u, false},
		{u + "/v2.1/accounts/" + u + "/envelopes/" + u + "/documents/combined", false},
		{u + "/v2.1/accounts/" + u + "/templates/" + u, false},
		{u + "/v3/accounts/" + u + "/envelopes/" + u, false},
		{u, false},
	} {
		name := strings.ReplaceAll(tc.s, u, "?")
		if got := RelativeEnvelopeStatusPath(tc.s); got != tc.want {
			t.Errorf("RelativeEnvelopeStatusPath(%q) = %v, want %v", name, got, tc.want)
		}
	}
}
