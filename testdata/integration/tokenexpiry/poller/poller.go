// Package poller keeps a credential that package tokenexpiry builds: one
// shared by the poller for the life of the process never refreshes
// (flawed); one built per status check is fine.
package poller

import (
	"github.com/jfcote87/esign"

	"dslint.test/integration/tokenexpiry"
)

// Poller checks envelopes with one credential.
type Poller struct {
	cred esign.Credential
}

// New is flawed: the shared credential outlives its token.
func New(accessToken string) *Poller {
	return &Poller{cred: tokenexpiry.SharedCredential(accessToken, true)}
}

// Check is fine: the credential lives for one call.
func Check(accessToken string, check func(esign.Credential) error) error {
	return check(tokenexpiry.SharedCredential(accessToken, true))
}
