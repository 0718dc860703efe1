// Package hosts names the DocuSign account servers, for jwxdeferred.
package hosts

// ProdAuthHost is the production account server.
const ProdAuthHost = "account.docusign.com"
