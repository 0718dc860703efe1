// Package policy: suppressions, test files and generated files.
package policy

const sandbox = "https://demo.docusign.net/restapi" //dslint:ignore DS101 smoke test against the sandbox only

//dslint:ignore DS101 the line above a finding works too
const sandboxAuth = "account-d.docusign.com"

const byAnalyzer = "https://api-d.docusign.net/management" //dslint:ignore endpoints sandbox admin tooling

const golangci = "https://lens-d.docusign.net" //nolint:dslint // sandbox monitor

const noReason = "https://apps-d.docusign.com" //dslint:ignore DS101 // want `DS101: DocuSign demo host apps-d\.docusign\.com`

const wrongRule = "https://notary-d.docusign.net" //dslint:ignore DS203 not this rule // want `DS101: DocuSign demo host notary-d\.docusign\.net`

const nolintAll = "https://proof-d.docusign.net" //nolint:all // sandbox proof service

const spaced = "https://notary-d.docusign.net/v1" // nolint:dslint // golangci-lint accepts the space

const otherLinter = "https://appdemo.docusign.com" //nolint:gosec // want `DS101: DocuSign demo host appdemo\.docusign\.com`
