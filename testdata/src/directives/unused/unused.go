// Package unused: suppressions that suppress nothing (DS002), judged from
// the findings of the analyzers directives requires (here endpoints).
package unused

const sandbox = "https://demo.docusign.net/restapi" //dslint:ignore DS101 used: it suppresses a finding

//dslint:ignore DS101 the line above a finding is used too
const sandboxAuth = "account-d.docusign.com"

var stale = 1 //dslint:ignore DS101 nothing to suppress here // want `DS002: //dslint:ignore DS101 suppresses nothing: remove it`

const byAnalyzer = "https://api-d.docusign.net/management" //dslint:ignore endpoints sandbox admin tooling

var staleAnalyzer = 1 //dslint:ignore endpoints nothing here // want `DS002: //dslint:ignore endpoints suppresses nothing: remove it`

const wrongRule = "https://notary-d.docusign.net" //dslint:ignore DS102 not the rule reported here // want `DS002: //dslint:ignore DS102 suppresses nothing: remove it`

// pemkey is not in this suite: a directive naming its rule is not judged,
// nor one naming it beside a rule that is.
var notJudged = 1 //dslint:ignore DS203 judged by pemkey only

var mixed = 1 //dslint:ignore DS101,DS203 judged by pemkey only

const mixedUsed = "https://lens-d.docusign.net" //dslint:ignore DS203,DS101 used for DS101

var golangci = 1 //nolint:dslint // //nolint is shared with other linters: never judged

var ownRule = 1 //dslint:ignore DS001 nothing malformed here // want `DS002: //dslint:ignore DS001 suppresses nothing: remove it`
