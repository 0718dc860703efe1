// Package directives defines an Analyzer that checks dslint's own
// suppression comments.
//
// # Analyzer directives
//
// directives: report malformed and unused //dslint:ignore suppression comments
//
// A suppression must name the rules it silences and say why:
//
//	const sandbox = "https://demo.docusign.net" //dslint:ignore DS101 smoke test against the sandbox
//
// DS001 reports a directive with no rule, an unknown rule or no reason.
// DS002 reports a directive that suppresses nothing. Only the analyzer that
// owns a rule knows what it would have reported, so directives requires
// every other analyzer and reads, from each one's result (report.Usage),
// the directives its findings used; -enable DS002 makes them look for their
// findings without reporting them. A directive naming a rule that is
// disabled, or that an analyzer could not check on a package with errors,
// is not judged.
package directives

import _ "embed" // for the doc variable

// doc is this file: its "# Analyzer directives" section is the analyzer's Doc.
//
//go:embed doc.go
var doc string
