// Package good loads cleanly and has exactly one finding (DS101), which
// dslint must report even when the packages next to it fail to load.
package good

const authServer = "https://account-d.docusign.com"

// AuthServer returns the OAuth host.
func AuthServer() string { return authServer }
