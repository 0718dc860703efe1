// Package fileignore: a file-wide suppression covers every finding of its
// rule in that file, and only in that file (see other.go).

//dslint:file-ignore DS101 this file is the sandbox smoke test

package fileignore

const authServer = "https://account-d.docusign.com"

const apiHost = "https://demo.docusign.net/restapi"
