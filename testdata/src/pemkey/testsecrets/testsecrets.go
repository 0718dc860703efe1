// Package testsecrets holds dummy client secrets in test files, checked
// with -tests: a secret sent only to a server on this machine, or only
// compared, is not DS203 there; the same secret sent to DocuSign is.
package testsecrets

import "golang.org/x/oauth2"

// Outside test files a local endpoint exempts nothing: a hardcoded secret
// in production code ships whatever it is sent to.
var local = oauth2.Config{
	ClientID:     "integration-key",
	ClientSecret: "super_shared_secret", // want `^DS203: oauth2\.Config\.ClientSecret is a hardcoded client secret \(`
	Endpoint:     oauth2.Endpoint{TokenURL: "http://127.0.0.1:8080/oauth/token"},
}
