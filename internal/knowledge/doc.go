// Package knowledge is dslint's catalogue of library APIs as data, on the
// model of staticcheck's knowledge package: which types, fields and calls
// of golang.org/x/oauth2 (and /jwt), github.com/jfcote87/esign and its
// oauth2 fork, the JWT libraries and the standard library the rules care
// about, and what each one means to them.
//
// Rows are keyed by match's full names ("(*golang.org/x/oauth2.Config).Exchange",
// "golang.org/x/oauth2/jwt.Config.Audience", "golang.org/x/oauth2.Token");
// analyzers look APIs up here instead of keeping tables of their own, and
// supporting another library is adding rows. DocuSign's own facts (hosts,
// scopes, lifetimes, IDs) are internal/docusign's.
package knowledge
