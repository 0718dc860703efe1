// Package onemapclaim: a plain map is a JWT claim set when it sets two
// registered claims, as jwtclaims requires of hand-rolled assertions
// (claims.AssertionShaped); a request body with a sub and a scope is not
// one (scopes took one registered claim for a claim set and reported it).
package onemapclaim

// provisioning is a request body of the application's own API.
func provisioning(user string) map[string]any {
	return map[string]any{"sub": user, "scope": "signature,impersonation"}
}

// assertion is a hand-rolled DocuSign assertion's claims.
func assertion(user string) map[string]any {
	return map[string]any{"sub": user, "aud": "account-d.docusign.com", "scope": "signature,impersonation"} // want `DS404: scopes "signature,impersonation" in JWT scope claim joined with ","`
}
