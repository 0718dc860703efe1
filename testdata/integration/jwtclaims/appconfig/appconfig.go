// Package appconfig is an application's own configuration type with a
// DocuSign preset: appjwt, another package, reads it, so its values reach
// there through dslint's facts (also under go vet, one package at a time).
package appconfig

// DocuSign holds the DocuSign settings.
type DocuSign struct {
	TokenURL string
}

// Config is the application's configuration.
type Config struct {
	DocuSign DocuSign
}

// Default is the production preset.
func Default() Config {
	return Config{DocuSign: DocuSign{TokenURL: "https://account.docusign.com/oauth/token"}}
}
