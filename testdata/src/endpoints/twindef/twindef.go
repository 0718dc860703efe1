// Package twindef names DocuSign's OAuth servers of both environments side
// by side: not reported here, the users of the constants choose.
package twindef

const (
	DemoAuth = "account-d.docusign.com"
	ProdAuth = "account.docusign.com"
)
