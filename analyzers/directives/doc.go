// Package directives defines an Analyzer that checks dslint's own
// suppression comments.
//
// # Analyzer directives
//
// directives: report malformed //dslint:ignore comments
//
// A suppression must name the rules it silences and say why:
//
//	const sandbox = "https://demo.docusign.net" //dslint:ignore DS101 smoke test against the sandbox
//
// DS001 reports a directive with no rule, an unknown rule or no reason.
// DS002 (a directive that suppresses nothing) is reported by the analyzer
// that owns the rule, since only it knows what it would have reported.
package directives
